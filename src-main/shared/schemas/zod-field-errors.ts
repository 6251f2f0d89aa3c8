import type { z } from 'zod'
import type { FieldErrors } from '../errors'

/** Turns zod issues into one French message per field path ("contacts.0.email"), first issue wins. */
export function zodFieldErrors(error: z.ZodError): FieldErrors {
  const fieldErrors: FieldErrors = {}
  for (const issue of error.issues) {
    const path = issue.path.map(String).join('.') || '_'
    fieldErrors[path] ??= issue.message
  }
  return fieldErrors
}

import type { FieldErrors } from '@shared/errors'

/** The first message of a field or of any of its items (`attendees`, `attendees.2`…). */
export function fieldError(errors: FieldErrors, field: string): string | undefined {
  return Object.entries(errors).find(([path]) => path === field || path.startsWith(`${field}.`))?.[1]
}

import type { z } from 'zod'
import { ValidationError } from '../errors'
import { zodFieldErrors } from './zod-field-errors'

/** Parses a service input, or throws a ValidationError naming each faulty field in French. */
export function parseInput<Schema extends z.ZodType>(schema: Schema, value: unknown): z.output<Schema> {
  const parsed = schema.safeParse(value)
  if (!parsed.success)
    throw new ValidationError('Certains champs sont à corriger.', zodFieldErrors(parsed.error))
  return parsed.data
}

import type { AppErrorCode, FieldErrors } from '@shared/errors'
import type { Api } from '@shared/ipc/api'
import type { Envelope } from '@shared/ipc/envelope'

/** A refused call, with the French message and per-field messages sent by the main process. */
export class ApiError extends Error {
  readonly code: AppErrorCode
  readonly fieldErrors: FieldErrors

  constructor(code: AppErrorCode, message: string, fieldErrors: FieldErrors = {}) {
    super(message)
    this.name = 'ApiError'
    this.code = code
    this.fieldErrors = fieldErrors
  }
}

/** Awaits an envelope and returns its value, or throws its error as an ApiError. */
export async function unwrap<T>(reply: Promise<Envelope<T>>): Promise<T> {
  const envelope = await reply
  if (envelope.ok) return envelope.value
  throw new ApiError(envelope.error.code, envelope.error.message, envelope.error.fieldErrors)
}

export function api(): Api {
  return window.api
}

export function errorMessage(error: unknown): string {
  return error instanceof ApiError ? error.message : 'Une erreur inattendue s’est produite.'
}

/** Error codes that cross the IPC boundary; each carries a French message meant for the user. */
export type AppErrorCode =
  | 'VALIDATION'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'FORBIDDEN'
  | 'DATABASE_TOO_NEW'
  | 'DATABASE_CORRUPT'
  | 'DISK_FULL'
  | 'WRITE_FAILED'
  | 'INTERNAL'
  | 'BUNDLE_REFUSED'

/** Messages keyed by field path (e.g. `siret`, `contacts.0.email`), shown next to the field. */
export type FieldErrors = Record<string, string>

export interface AppErrorPayload {
  code: AppErrorCode
  message: string
  fieldErrors?: FieldErrors
}

export class AppError extends Error {
  readonly code: AppErrorCode
  readonly fieldErrors?: FieldErrors

  constructor(code: AppErrorCode, message: string, fieldErrors?: FieldErrors) {
    super(message)
    this.name = 'AppError'
    this.code = code
    if (fieldErrors) this.fieldErrors = fieldErrors
  }

  toPayload(): AppErrorPayload {
    return this.fieldErrors
      ? { code: this.code, message: this.message, fieldErrors: this.fieldErrors }
      : { code: this.code, message: this.message }
  }
}

export class ValidationError extends AppError {
  constructor(message: string, fieldErrors?: FieldErrors) {
    super('VALIDATION', message, fieldErrors)
    this.name = 'ValidationError'
  }
}

export class NotFoundError extends AppError {
  constructor(message: string) {
    super('NOT_FOUND', message)
    this.name = 'NotFoundError'
  }
}

export class ConflictError extends AppError {
  constructor(message: string, fieldErrors?: FieldErrors) {
    super('CONFLICT', message, fieldErrors)
    this.name = 'ConflictError'
  }
}

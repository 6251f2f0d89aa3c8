import type { AppErrorPayload } from '../errors'

/** Every IPC reply: a value, or a typed error with a French message (never a raw stack). */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: AppErrorPayload }

import { translateStorageError } from '../db/storage-errors'
import { AppError } from '../shared/errors'
import { CHANNELS, type Channel } from '../shared/ipc/channels'
import { contract } from '../shared/ipc/contract'
import type { Envelope } from '../shared/ipc/envelope'
import { zodFieldErrors } from '../shared/schemas/zod-field-errors'
import type { Handlers } from './handlers'

const KNOWN_CHANNELS: ReadonlySet<string> = new Set(CHANNELS)

export function isChannel(name: string): name is Channel {
  return KNOWN_CHANNELS.has(name)
}

export type ErrorLogger = (channel: string, error: unknown) => void

/**
 * Validates a call against the contract, runs its handler and wraps the outcome in an envelope.
 * Unexpected errors are logged and reach the renderer as a generic French message, never as a stack.
 */
export async function dispatch(
  handlers: Handlers,
  channel: string,
  rawInput: unknown,
  logError: ErrorLogger = (name, error) => console.error(`[ipc] ${name}`, error)
): Promise<Envelope<unknown>> {
  if (!isChannel(channel)) {
    return { ok: false, error: { code: 'FORBIDDEN', message: `Canal inconnu : ${channel}.` } }
  }
  const parsed = contract[channel].input.safeParse(rawInput)
  if (!parsed.success) {
    return {
      ok: false,
      error: {
        code: 'VALIDATION',
        message: 'Certains champs sont à corriger.',
        fieldErrors: zodFieldErrors(parsed.error)
      }
    }
  }
  try {
    const handler = handlers[channel] as (input: unknown) => unknown
    return { ok: true, value: await handler(parsed.data) }
  } catch (error) {
    if (error instanceof AppError) return { ok: false, error: error.toPayload() }
    logError(channel, error)
    // A disk or file failure in any service (full, read-only, a file where a folder should be…) says so in French.
    const storage = translateStorageError(error)
    if (storage instanceof AppError) return { ok: false, error: storage.toPayload() }
    return {
      ok: false,
      error: {
        code: 'INTERNAL',
        message: "Une erreur inattendue s'est produite : l'opération n'a pas abouti."
      }
    }
  }
}

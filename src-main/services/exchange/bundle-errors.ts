import { AppError } from '../../shared/errors'
import { cleanName } from '../../shared/text/display-text'

/**
 * A bundle refused before anything was written: one French message that names the problem, on one line — the
 * names it quotes come from the bundle and lose their control characters.
 */
export function refusedBundle(message: string): AppError {
  return new AppError('BUNDLE_REFUSED', `Fichier d'échange refusé : ${cleanName(message)}`)
}

import { AppError } from '../../shared/errors'

/** A bundle refused before anything was written: one French message that names the problem. */
export function refusedBundle(message: string): AppError {
  return new AppError('BUNDLE_REFUSED', `Fichier d'échange refusé : ${message}`)
}

import type { AppDatabase } from '../../db/schema'
import type { VerificationResult } from '../../shared/domain/document'
import { trustedAnchors } from './certificates/certificate.repository'
import { verifyCryptographicSignatures } from './signature-verifier'

/**
 * « Vérifier un document » after the registry: the file's own cryptographic signatures, each one said in a
 * sentence after the registry's verdict. A file may be unknown here and still carry valid signatures (a copy sent by
 * the partner), or be recorded here and carry one that no longer holds.
 */
export async function withCryptographicSignatures(
  db: AppDatabase,
  bytes: Uint8Array,
  result: VerificationResult
): Promise<VerificationResult> {
  const signatures = await verifyCryptographicSignatures(bytes, await trustedAnchors(db))
  if (signatures.length === 0) return { ...result, signatures }
  return {
    ...result,
    signatures,
    message: [result.message, ...signatures.map((signature) => signature.message)].join(' ')
  }
}

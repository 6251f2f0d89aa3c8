import { ConflictError, ValidationError } from '../../../shared/errors'
import type { CryptographicSignatureReport } from '../../../shared/signatures/signature-report'
import type { SigningState } from './signing-state'

/** The PDF sent to the partner: the last one La Poste signed, or an error when La Poste has not signed yet. */
export function pdfSentToPartner(state: SigningState): Buffer {
  const sent = state.lastPdf
  if (!sent || !state.done.some((row) => row.party === 'la-poste'))
    throw new ConflictError(
      'La Poste n’a pas encore signé ce document : signez-le avant de l’envoyer au partenaire.'
    )
  return sent
}

/** Exactly the file La Poste sent, then more bytes: anything else is not the convention sent back signed. */
export function checkSentPrefix(sent: Buffer, bytes: Buffer): void {
  if (bytes.length <= sent.length || !bytes.subarray(0, sent.length).equals(sent))
    throw new ValidationError(
      'Ce PDF n’est pas celui que La Poste a signé et envoyé, complété d’une signature : il ne peut pas être enregistré.',
      { file: 'PDF différent de celui envoyé au partenaire.' }
    )
}

/**
 * The signatures of the PDF come back: those already made, plus exactly one more, all valid (one valid signature
 * covers the whole file, so nothing was added after it). Answers the partner's signature.
 */
export function partnerSignatureOf(
  state: SigningState,
  reports: readonly CryptographicSignatureReport[]
): CryptographicSignatureReport {
  const added = reports.at(-1)
  if (reports.length !== state.done.length + 1 || !added || reports.some((report) => !report.valid))
    throw new ValidationError(
      added && !added.valid ? added.message : 'Ce PDF ne porte pas de signature valide du partenaire.',
      { file: 'Signature du partenaire absente ou invalide.' }
    )
  return added
}

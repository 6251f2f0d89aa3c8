import type { AppDatabase } from '../../db/schema'
import { AppError, ValidationError } from '../../shared/errors'
import type { DocumentService } from '../documents/documents.service'
import type { CertificateSigningService } from './certificate-signing.service'
import { checkSentPrefix, partnerSignatureOf, pdfSentToPartner } from './signing/partner-pdf-check'
import { loadSigningState } from './signing/signing-state'

export interface ReturnedPdfDeps {
  db: AppDatabase
  folder: string
  documents: Pick<DocumentService, 'target'>
  signing: Pick<CertificateSigningService, 'verify' | 'recordPartnerPdf'>
}

/**
 * The convention La Poste signed, come back from the partner in a bundle with the partner's signature: checked as
 * `recordPartnerPdf` checks a file given by hand (exactly the file sent, plus one valid signature covering all of
 * it), and the certificates the bundle announces must be the very ones whose signatures the file carries.
 */
export function createReturnedPdfs({ db, folder, documents, signing }: ReturnedPdfDeps) {
  /** The agreement of this installation that awaits the partner's certificate signature, or null. */
  async function awaitingPartner(reference: string): Promise<number | null> {
    const agreement = await db
      .selectFrom('agreements')
      .select('id')
      .where('reference', '=', reference)
      .where('status', '=', 'ready_for_signature')
      .executeTakeFirst()
    if (!agreement) return null
    const parties = await db
      .selectFrom('certificate_signatures')
      .select('party')
      .where('agreement_id', '=', agreement.id)
      .where('amendment_id', 'is', null)
      .execute()
    const signed = new Set(parties.map((row) => row.party))
    return signed.has('la-poste') && !signed.has('partner') ? agreement.id : null
  }

  /** Why this returned PDF cannot be recorded, in French; null when it holds. */
  async function problem(
    agreementId: number,
    bytes: Buffer,
    signedBy: readonly string[] | undefined
  ): Promise<string | null> {
    try {
      const state = await loadSigningState(db, folder, documents, { agreementId })
      checkSentPrefix(pdfSentToPartner(state), bytes)
      const reports = await signing.verify(bytes)
      partnerSignatureOf(state, reports)
      const carried = reports.map((report) => report.certificateFingerprint)
      if (
        !signedBy ||
        signedBy.length !== carried.length ||
        signedBy.some((print, i) => print !== carried[i])
      )
        throw new ValidationError(
          'La signature ajoutée à ce PDF n’est pas faite avec le certificat que le fichier d’échange annonce.'
        )
      return null
    } catch (error) {
      if (error instanceof AppError) return error.message
      throw error
    }
  }

  /** Records the returned PDF: the partner's signature, and the convention signed once both parties signed. */
  async function record(agreementId: number, bundleId: string, bytes: Buffer): Promise<void> {
    await signing.recordPartnerPdf({ agreementId }, `fichier d’échange ${bundleId.slice(0, 8)}`, bytes)
  }

  return { awaitingPartner, problem, record }
}

export type ReturnedPdfs = ReturnType<typeof createReturnedPdfs>

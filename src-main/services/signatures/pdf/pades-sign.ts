import { PDF } from '@libpdf/core'
import type { AuditTrail } from '../../../shared/signatures/audit-trail'
import { ConflictError } from '../../../shared/errors'
import type { SigningKey } from '../signing-key'
import { addAuditPage } from './audit-page'
import { libpdfSigner } from './libpdf-signer'

export interface PadesRequest {
  pdf: Uint8Array
  key: SigningKey
  /** Every signature so far and the one being made, last; its page is added inside the signed range. */
  trail: AuditTrail
  fieldName: string
  reason: string
  place: string
  signedAt: Date
}

// Room for the CMS structure: the signature value and attributes, plus every certificate of the chain.
const CMS_ROOM = 8192

/**
 * PAdES baseline B-B: appends the audit trail page as an incremental update, then signs the whole file as a
 * second incremental update. Earlier signatures keep covering exactly the bytes they covered.
 */
export async function signPdfWithAuditTrail(request: PadesRequest): Promise<Uint8Array> {
  const pdf = await PDF.load(request.pdf)
  const alreadySigned = (pdf.getForm()?.getSignatureFields() ?? []).some((field) => field.isSigned())
  if (alreadySigned && pdf.canSaveIncrementally() !== null)
    throw new ConflictError(
      'Ce PDF ne peut pas recevoir une signature de plus sans invalider les précédentes : faites-le signer tel qu’il a été émis.'
    )
  addAuditPage(pdf, request.trail)
  // Uncompressed: the trail stays readable in the file itself, and tests can find its bytes.
  const withTrail = await PDF.load(
    await pdf.save({
      incremental: alreadySigned || pdf.canSaveIncrementally() === null,
      compressStreams: false
    })
  )
  const certificates = [request.key.certificate, ...request.key.chain]
  const { bytes } = await withTrail.sign({
    signer: libpdfSigner(request.key),
    fieldName: request.fieldName,
    reason: request.reason,
    location: request.place,
    signingTime: request.signedAt,
    subFilter: 'ETSI.CAdES.detached',
    level: 'B-B',
    estimatedSize: CMS_ROOM + certificates.reduce((total, certificate) => total + certificate.raw.length, 0)
  })
  return bytes
}

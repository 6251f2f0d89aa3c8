import type { DocumentVersion } from '@shared/domain/document'

/**
 * The latest "for signature" Word version of the convention or of a pending amendment: the one to sign, when this
 * installation issued it (a received version is signed only once generated again here).
 */
export function signableVersion(
  versions: DocumentVersion[],
  amendmentId: number | null
): DocumentVersion | null {
  const own = versions.filter((version) => version.amendmentId === amendmentId)
  const latest = own.at(-1)
  const latestDocx = [...own].reverse().find((version) => version.format === 'docx')
  return latestDocx &&
    latestDocx.kind === 'for_signature' &&
    latestDocx.issuedBy === null &&
    latest?.kind === 'for_signature'
    ? latestDocx
    : null
}

/**
 * On the partner's installation: the PDF La Poste signed, received in an exchange file, while the partner has not
 * signed it here (the latest PDF of the convention is still that one).
 */
export function receivedPdfToSign(versions: DocumentVersion[]): DocumentVersion | null {
  const latestPdf = versions
    .filter((version) => version.amendmentId === null && version.format === 'pdf')
    .at(-1)
  return latestPdf?.kind === 'for_signature' && latestPdf.issuedBy !== null ? latestPdf : null
}

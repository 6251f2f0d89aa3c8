import type { X509Certificate } from 'node:crypto'
import type { CryptographicSignatureReport, SignatureDefect } from '../../shared/signatures/signature-report'
import { describeSignature } from '../../shared/signatures/signature-report'
import { signatureLevel } from '../../shared/signatures/signature-level'
import { commonName, distinguishedName } from './certificates/certificate-names'
import { assessTrust } from './certificates/trust-chain'
import { checkDocxSignatures } from './docx/ooxml-verify'
import { checkPdfSignatures } from './pdf/pdf-signatures'

interface FoundSignature {
  integrity: 'valid' | SignatureDefect
  signer: X509Certificate | null
  certificates: X509Certificate[]
  signingTime: string | null
  place: string | null
  reason: string | null
}

const DEFECTS: Record<string, SignatureDefect> = {
  altered: 'altered',
  'bad-signature': 'bad-signature',
  'changed-after-signing': 'changed-after-signing',
  'unsigned-part': 'unsigned-part',
  unreadable: 'unreadable'
}

function report(
  format: CryptographicSignatureReport['format'],
  found: FoundSignature,
  index: number,
  anchors: readonly X509Certificate[]
): CryptographicSignatureReport {
  const defect = found.integrity === 'valid' ? null : (DEFECTS[found.integrity] ?? 'unreadable')
  const signedAt = found.signingTime ? new Date(found.signingTime) : new Date()
  const trust = found.signer ? assessTrust(found.signer, found.certificates, anchors, signedAt) : 'untrusted'
  const level = defect === null ? signatureLevel(trust) : null
  const signerName = found.signer ? commonName(found.signer.subject) : 'signataire inconnu'
  return {
    format,
    index,
    valid: defect === null,
    defect,
    signerName,
    subject: found.signer ? distinguishedName(found.signer.subject) : '',
    issuer: found.signer ? distinguishedName(found.signer.issuer) : '',
    certificateFingerprint: found.signer?.fingerprint256 ?? '',
    signedAt: found.signingTime,
    place: found.place,
    reason: found.reason,
    trust,
    level,
    message: describeSignature({ index, signerName, defect, trust, level })
  }
}

const isPdf = (bytes: Uint8Array) => Buffer.from(bytes.subarray(0, 1024)).includes('%PDF-')
const isZip = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b

/**
 * Every cryptographic signature a PDF (PAdES) or Word file (OOXML) carries, checked: integrity, signer, chain to the
 * authorities trusted here, and the level reached. A file of another kind, or without signature, has none.
 */
export async function verifyCryptographicSignatures(
  bytes: Uint8Array,
  anchors: readonly X509Certificate[]
): Promise<CryptographicSignatureReport[]> {
  if (isPdf(bytes))
    return (await checkPdfSignatures(bytes)).map((found, index) => report('pdf', found, index + 1, anchors))
  if (isZip(bytes))
    return checkDocxSignatures(bytes).map((found, index) =>
      report('docx', { ...found, place: null }, index + 1, anchors)
    )
  return []
}

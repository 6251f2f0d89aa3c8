import { X509Certificate } from 'node:crypto'
import { digestOf, verifySignatureValue } from './algorithms'
import { issuerAndSerial, subjectKeyIdentifier } from './certificate-fields'
import { parseCmsSignature, type CmsSignature } from './cms-signed-data'

export type CmsIntegrity = 'valid' | 'altered' | 'bad-signature' | 'unreadable'

export interface CmsCheck {
  integrity: CmsIntegrity
  signer: X509Certificate | null
  /** Every certificate the signature carries, the signer's included, to build its chain. */
  certificates: X509Certificate[]
  signingTime: string | null
}

const UNREADABLE: CmsCheck = { integrity: 'unreadable', signer: null, certificates: [], signingTime: null }

/**
 * Verifies a detached CMS signature over the given content: the content's digest against the signed
 * message digest, then the signature value over the signed attributes with the signer's certificate.
 */
export function verifyDetachedCms(cmsDer: Buffer, content: readonly Uint8Array[]): CmsCheck {
  let cms: CmsSignature
  let certificates: X509Certificate[]
  try {
    cms = parseCmsSignature(cmsDer)
    certificates = cms.certificates.map((der) => new X509Certificate(der))
  } catch {
    return UNREADABLE
  }
  const signer = certificates.find((certificate) => namesSigner(cms, certificate)) ?? null
  const base = { signer, certificates, signingTime: cms.signingTime }
  if (!signer) return { ...base, integrity: 'unreadable' }
  const digest = digestOf(cms.digestAlgorithmOid, content)
  if (!digest) return { ...base, integrity: 'unreadable' }
  const signed = cms.signedAttributes ?? Buffer.concat(content)
  if (cms.signedAttributes && !(cms.messageDigest && cms.messageDigest.equals(digest)))
    return { ...base, integrity: 'altered' }
  const valid = verifySignatureValue(
    cms.signatureAlgorithmOid,
    cms.digestAlgorithmOid,
    signed,
    signer.publicKey,
    cms.signatureValue
  )
  return { ...base, integrity: valid ? 'valid' : 'bad-signature' }
}

function namesSigner(cms: CmsSignature, certificate: X509Certificate): boolean {
  try {
    if ('subjectKeyIdentifier' in cms.signerId)
      return subjectKeyIdentifier(certificate.raw)?.equals(cms.signerId.subjectKeyIdentifier) ?? false
    const named = issuerAndSerial(certificate.raw)
    return named.serial.equals(cms.signerId.serial) && named.issuer.equals(cms.signerId.issuer)
  } catch {
    return false
  }
}

import type { X509Certificate } from 'node:crypto'
import type { CertificateTrust } from '../../../shared/signatures/signature-level'
import { isLocalCertificate, validAt } from './certificate-names'

const MAX_CHAIN = 8

function issues(issuer: X509Certificate, subject: X509Certificate): boolean {
  try {
    return subject.checkIssued(issuer) && subject.verify(issuer.publicKey)
  } catch {
    return false
  }
}

function verifiesItself(certificate: X509Certificate): boolean {
  try {
    return certificate.verify(certificate.publicKey)
  } catch {
    return false
  }
}

/**
 * How far the signer's certificate can be trusted: it must chain, through the certificates the signature carries,
 * to one of the authorities this installation trusts, every link being valid at the signing time and every
 * issuer a certification authority.
 */
export function assessTrust(
  signer: X509Certificate,
  supplied: readonly X509Certificate[],
  anchors: readonly X509Certificate[],
  signedAt: Date
): CertificateTrust {
  const isAnchor = (certificate: X509Certificate) =>
    anchors.some((anchor) => anchor.fingerprint256 === certificate.fingerprint256)
  let current = signer
  for (let depth = 0; depth < MAX_CHAIN; depth++) {
    if (!validAt(current, signedAt)) return 'untrusted'
    if (isAnchor(current)) return depth === 0 && !current.ca ? 'untrusted' : 'trusted'
    const issuer = [...anchors, ...supplied].find(
      (candidate) => candidate.fingerprint256 !== current.fingerprint256 && issues(candidate, current)
    )
    if (!issuer) break
    if (!issuer.ca) return 'untrusted'
    current = issuer
  }
  // OpenSSL's issuer check wants keyCertSign, which a local certificate rightly lacks: compare names and key instead.
  const selfSigned = current === signer && signer.issuer === signer.subject && verifiesItself(signer)
  return selfSigned && isLocalCertificate(signer) ? 'local' : 'untrusted'
}

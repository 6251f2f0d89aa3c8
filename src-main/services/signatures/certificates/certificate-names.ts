import type { X509Certificate } from 'node:crypto'

/** Marks the certificates this application issues for an installation, without any authority. */
export const LOCAL_CERTIFICATE_UNIT = 'Certificat local Alliance Conventions'

/** Node writes a name as « C=FR\nO=La Poste\nCN=Claire Martin », in certificate order. */
function nameParts(name: string): Array<[string, string]> {
  return name
    .split('\n')
    .filter((line) => line.includes('='))
    .map((line) => {
      const at = line.indexOf('=')
      return [line.slice(0, at), line.slice(at + 1)]
    })
}

/** The common name, or the whole name when there is none. */
export function commonName(name: string): string {
  return nameParts(name).find(([key]) => key === 'CN')?.[1] ?? name.replace(/\n/g, ', ')
}

const ESCAPED = /[,+"\\<>;]/g

/** RFC 4514 form, most specific first: « CN=Claire Martin, O=La Poste, C=FR ». */
export function distinguishedName(name: string): string {
  return nameParts(name)
    .reverse()
    .map(([key, value]) => `${key}=${value.replace(ESCAPED, (character) => `\\${character}`)}`)
    .join(', ')
}

export function isLocalCertificate(certificate: X509Certificate): boolean {
  return nameParts(certificate.subject).some(
    ([key, value]) => key === 'OU' && value === LOCAL_CERTIFICATE_UNIT
  )
}

/** SHA-256 fingerprint as Node gives it: colon-separated upper-case hex pairs. */
export function fingerprintOf(certificate: X509Certificate): string {
  return certificate.fingerprint256
}

export function validAt(certificate: X509Certificate, at: Date): boolean {
  return Date.parse(certificate.validFrom) <= at.getTime() && at.getTime() <= Date.parse(certificate.validTo)
}

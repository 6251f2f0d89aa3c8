import { generateKeyPairSync, randomBytes, X509Certificate } from 'node:crypto'
import forge from 'node-forge'
import type { SigningKey } from '../signing-key'
import { LOCAL_CERTIFICATE_UNIT } from './certificate-names'

export interface LocalCertificateRequest {
  /** The coordinator's name, as it will show in readers' signature panels. */
  holder: string
  /** « La Poste — Direction régionale Nouvelle-Aquitaine ». */
  organisation: string
  now: Date
}

const VALIDITY_YEARS = 3

/**
 * 16 random bytes read as a positive DER integer with no leading zero byte: a serial starting with a zero byte
 * would be encoded with illegal padding, which OpenSSL refuses to read.
 */
function positiveSerial(): string {
  const bytes = randomBytes(16)
  bytes[0] = ((bytes[0] as number) & 0x7f) | 0x40
  return bytes.toString('hex')
}

/**
 * Issues a self-signed certificate for this installation. Nobody vouches for the holder's identity, so it gives a
 * simple signature only; its organisational unit says so to every reader that shows certificate details.
 */
export function issueLocalCertificate({ holder, organisation, now }: LocalCertificateRequest): SigningKey {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 })
  const certificate = forge.pki.createCertificate()
  certificate.publicKey = forge.pki.publicKeyFromPem(
    publicKey.export({ type: 'spki', format: 'pem' }).toString()
  )
  certificate.serialNumber = positiveSerial()
  certificate.validity.notBefore = new Date(now.getTime() - 60_000)
  certificate.validity.notAfter = new Date(now.getTime())
  certificate.validity.notAfter.setFullYear(now.getFullYear() + VALIDITY_YEARS)
  const name = [
    { shortName: 'CN', value: holder },
    { shortName: 'O', value: organisation },
    { shortName: 'OU', value: LOCAL_CERTIFICATE_UNIT }
  ]
  // UTF8String for accented names; node-forge's types call this tag a class.
  const utf8Tag = forge.asn1.Type.UTF8 as unknown as forge.asn1.Class
  const utf8 = name.map((attribute) => ({ ...attribute, valueTagClass: utf8Tag }))
  certificate.setSubject(utf8)
  certificate.setIssuer(utf8)
  certificate.setExtensions([
    { name: 'basicConstraints', cA: false, critical: true },
    { name: 'keyUsage', digitalSignature: true, nonRepudiation: true, critical: true },
    { name: 'subjectKeyIdentifier' }
  ])
  const forgeKey = forge.pki.privateKeyFromPem(privateKey.export({ type: 'pkcs8', format: 'pem' }).toString())
  certificate.sign(forgeKey, forge.md.sha256.create())
  const der = Buffer.from(forge.asn1.toDer(forge.pki.certificateToAsn1(certificate)).getBytes(), 'binary')
  return { privateKey, certificate: new X509Certificate(der), chain: [] }
}

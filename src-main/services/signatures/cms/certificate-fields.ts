import { childrenOf, readElement, type DerElement } from './der'

/** The issuer name (exact DER) and serial number (INTEGER content) of a DER certificate. */
export function issuerAndSerial(certificateDer: Buffer): { issuer: Buffer; serial: Buffer } {
  const tbs = tbsFields(certificateDer)
  const offset = tbs[0]?.tag === 0xa0 ? 1 : 0
  const serial = tbs[offset] as DerElement
  const issuer = tbs[offset + 2] as DerElement
  return { issuer: Buffer.from(issuer.bytes), serial: Buffer.from(serial.content) }
}

/** The subject key identifier extension's value, when the certificate has one. */
export function subjectKeyIdentifier(certificateDer: Buffer): Buffer | null {
  const extensions = tbsFields(certificateDer).find((field) => field.tag === 0xa3)
  if (!extensions) return null
  for (const extension of childrenOf(childrenOf(extensions)[0] as DerElement)) {
    const [oid, ...rest] = childrenOf(extension)
    if (oid?.content.equals(Buffer.from([0x55, 0x1d, 0x0e]))) {
      const value = rest.at(-1) as DerElement
      return Buffer.from(readElement(value.content).content)
    }
  }
  return null
}

function tbsFields(certificateDer: Buffer): DerElement[] {
  const certificate = readElement(certificateDer)
  return childrenOf(childrenOf(certificate)[0] as DerElement)
}

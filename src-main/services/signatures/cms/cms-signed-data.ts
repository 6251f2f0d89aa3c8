import { childAt, childrenOf, decodeOid, decodeTime, readElement, type DerElement } from './der'

const OID_SIGNED_DATA = '1.2.840.113549.1.7.2'
const OID_MESSAGE_DIGEST = '1.2.840.113549.1.9.4'
const OID_SIGNING_TIME = '1.2.840.113549.1.9.5'

/** The parts of a detached CMS SignedData (as PAdES embeds it) that a verifier needs, with their exact bytes. */
export interface CmsSignature {
  digestAlgorithmOid: string
  signatureAlgorithmOid: string
  signatureAlgorithmParameters: DerElement | null
  /** The DER certificates the signature carries (the signer's, and usually its chain). */
  certificates: Buffer[]
  /** How the signer's certificate is named: issuer and serial (exact DER), or subject key identifier. */
  signerId: { issuer: Buffer; serial: Buffer } | { subjectKeyIdentifier: Buffer }
  /** The signed attributes re-tagged as a SET, as the signature covers them; null when there are none. */
  signedAttributes: Buffer | null
  messageDigest: Buffer | null
  signingTime: string | null
  signatureValue: Buffer
}

/** Parses a CMS ContentInfo holding a SignedData with one signer. Throws DerError on anything unexpected. */
export function parseCmsSignature(der: Buffer): CmsSignature {
  const contentInfo = readElement(der)
  if (decodeOid(childAt(contentInfo, 0)) !== OID_SIGNED_DATA) throw new Error('not a SignedData')
  const signedData = childAt(childAt(contentInfo, 1), 0)
  const fields = childrenOf(signedData)
  const certificates = fields.find((field) => field.tag === 0xa0)
  const signerInfos = fields.at(-1)
  if (!signerInfos || signerInfos.tag !== 0x31) throw new Error('no signer infos')
  const signerInfo = childAt(signerInfos, 0)
  const parts = childrenOf(signerInfo)
  let cursor = 1
  const sid = parts[cursor++] as DerElement
  const digestAlgorithm = parts[cursor++] as DerElement
  let signedAttributes: DerElement | null = null
  if (parts[cursor]?.tag === 0xa0) signedAttributes = parts[cursor++] as DerElement
  const signatureAlgorithm = parts[cursor++] as DerElement
  const signatureValue = parts[cursor] as DerElement
  if (!signatureValue || signatureValue.tag !== 0x04) throw new Error('no signature value')

  const attributes = signedAttributes ? readAttributes(signedAttributes) : new Map<string, DerElement>()
  const digest = attributes.get(OID_MESSAGE_DIGEST)
  const time = attributes.get(OID_SIGNING_TIME)
  const algorithmParts = childrenOf(signatureAlgorithm)
  return {
    digestAlgorithmOid: decodeOid(childAt(digestAlgorithm, 0)),
    signatureAlgorithmOid: decodeOid(algorithmParts[0] as DerElement),
    signatureAlgorithmParameters: algorithmParts[1] ?? null,
    certificates: certificates
      ? childrenOf(certificates).map((certificate) => Buffer.from(certificate.bytes))
      : [],
    signerId:
      sid.tag === 0x80
        ? { subjectKeyIdentifier: Buffer.from(sid.content) }
        : { issuer: Buffer.from(childAt(sid, 0).bytes), serial: Buffer.from(childAt(sid, 1).content) },
    signedAttributes: signedAttributes
      ? Buffer.concat([Buffer.from([0x31]), signedAttributes.bytes.subarray(1)])
      : null,
    messageDigest: digest ? Buffer.from(digest.content) : null,
    signingTime: time ? decodeTime(time) : null,
    signatureValue: Buffer.from(signatureValue.content)
  }
}

/** Attribute OID → its first value. */
function readAttributes(attributes: DerElement): Map<string, DerElement> {
  const map = new Map<string, DerElement>()
  for (const attribute of childrenOf(attributes)) {
    const [type, values] = childrenOf(attribute)
    if (!type || !values) continue
    const first = childrenOf(values)[0]
    if (first) map.set(decodeOid(type), first)
  }
  return map
}

import type { Document, Element } from '@xmldom/xmldom'
import { createHash, verify, X509Certificate } from 'node:crypto'
import { C14N, DSIG_NS, SIGNATURE_METHODS } from './signature-xml'
import { elements } from './opc-package'
import { canonicalize } from './xml-c14n'

const DIGESTS: Record<string, string> = {
  'http://www.w3.org/2000/09/xmldsig#sha1': 'sha1',
  'http://www.w3.org/2001/04/xmlenc#sha256': 'sha256',
  'http://www.w3.org/2001/04/xmldsig-more#sha384': 'sha384',
  'http://www.w3.org/2001/04/xmlenc#sha512': 'sha512'
}
const SIGNATURES: Record<string, { digest: string; ec: boolean }> = {
  'http://www.w3.org/2000/09/xmldsig#rsa-sha1': { digest: 'sha1', ec: false },
  [SIGNATURE_METHODS.rsa]: { digest: 'sha256', ec: false },
  'http://www.w3.org/2001/04/xmldsig-more#rsa-sha512': { digest: 'sha512', ec: false },
  [SIGNATURE_METHODS.ec]: { digest: 'sha256', ec: true }
}

export function digestWith(method: Element | undefined, data: Uint8Array | string): string | null {
  const name = DIGESTS[method?.getAttribute('Algorithm') ?? '']
  return name ? createHash(name).update(data).digest('base64') : null
}

const text = (element: Element | undefined) => (element?.textContent ?? '').replace(/\s+/g, '')

function byId(document: Document, id: string): Element | null {
  return elements(document, '*').find((element) => element.getAttribute('Id') === id) ?? null
}

export interface XmlSignatureCheck {
  /** The signature value over SignedInfo holds, and every same-document reference digests right. */
  valid: boolean
  certificates: X509Certificate[]
  /** The elements SignedInfo covers (the objects holding the manifest and the signed properties). */
  covered: Element[]
}

/**
 * The XML-DSig core of an Office signature: each same-document reference of SignedInfo (inclusive C14N only, as
 * Office writes), then the signature value over canonical SignedInfo with the first certificate of KeyInfo.
 */
export function checkXmlSignature(document: Document): XmlSignatureCheck {
  const certificates = elements(document, 'X509Certificate')
    .filter((node) => node.namespaceURI === DSIG_NS)
    .map((node) => new X509Certificate(Buffer.from(text(node), 'base64')))
  const signedInfo = elements(document, 'SignedInfo')[0]
  const method = SIGNATURES[elements(document, 'SignatureMethod')[0]?.getAttribute('Algorithm') ?? '']
  const canonicalization = elements(document, 'CanonicalizationMethod')[0]?.getAttribute('Algorithm')
  const signer = certificates[0]
  if (!signedInfo || !method || canonicalization !== C14N || !signer)
    return { valid: false, certificates, covered: [] }
  const covered: Element[] = []
  for (const reference of elements(signedInfo, 'Reference')) {
    const uri = reference.getAttribute('URI') ?? ''
    const target = uri.startsWith('#') ? byId(document, uri.slice(1)) : null
    const transforms = elements(reference, 'Transform').map((node) => node.getAttribute('Algorithm'))
    if (!target || transforms.some((algorithm) => algorithm !== C14N))
      return { valid: false, certificates, covered: [] }
    if (
      digestWith(elements(reference, 'DigestMethod')[0], canonicalize(target)) !==
      text(elements(reference, 'DigestValue')[0])
    )
      return { valid: false, certificates, covered: [] }
    covered.push(target)
  }
  const valid = verify(
    method.digest,
    Buffer.from(canonicalize(signedInfo), 'utf8'),
    method.ec ? { key: signer.publicKey, dsaEncoding: 'ieee-p1363' } : signer.publicKey,
    Buffer.from(text(elements(document, 'SignatureValue')[0]), 'base64')
  )
  return { valid, certificates, covered }
}

import { createHash, sign } from 'node:crypto'
import { XMLSerializer, type Document, type Element } from '@xmldom/xmldom'
import { zipSync } from 'fflate'
import { distinguishedName } from '../certificates/certificate-names'
import type { SigningKey } from '../signing-key'
import { entryDigest, manifestEntries } from './manifest'
import { elements, openPackage, packageOf, parseXml } from './opc-package'
import { announceSignature, nextSignaturePart } from './signature-parts'
import { signatureXml } from './signature-xml'
import { canonicalize } from './xml-c14n'

export interface OoxmlSignRequest {
  docx: Uint8Array
  key: SigningKey
  signedAt: Date
  /** Why the document is signed: Word shows it as the signature's purpose. */
  comments: string
}

export function elementById(document: Document, id: string): Element | null {
  return elements(document, '*').find((element) => element.getAttribute('Id') === id) ?? null
}

const sha256Base64 = (text: string) => createHash('sha256').update(text, 'utf8').digest('base64')

function signedXml(
  request: OoxmlSignRequest,
  manifest: Parameters<typeof signatureXml>[0]['manifest']
): string {
  const { certificate, privateKey } = request.key
  const ec = privateKey.asymmetricKeyType === 'ec'
  const document = parseXml(
    signatureXml({
      keyKind: ec ? 'ec' : 'rsa',
      manifest,
      certificateBase64: certificate.raw.toString('base64'),
      certificateDigest: createHash('sha256').update(certificate.raw).digest('base64'),
      issuerName: distinguishedName(certificate.issuer),
      serialNumber: BigInt(`0x${certificate.serialNumber}`).toString(),
      signingTime: request.signedAt.toISOString().replace(/\.\d{3}Z$/, 'Z'),
      comments: request.comments
    })
  )
  const signedInfo = elements(document, 'SignedInfo')[0] as Element
  for (const reference of elements(signedInfo, 'Reference')) {
    const target = elementById(document, (reference.getAttribute('URI') ?? '').slice(1)) as Element
    const value = elements(reference, 'DigestValue')[0] as Element
    value.appendChild(document.createTextNode(sha256Base64(canonicalize(target))))
  }
  const signature = sign('sha256', Buffer.from(canonicalize(signedInfo), 'utf8'), {
    key: privateKey,
    ...(ec ? { dsaEncoding: 'ieee-p1363' as const } : {})
  })
  elements(document, 'SignatureValue')[0]?.appendChild(document.createTextNode(signature.toString('base64')))
  return new XMLSerializer().serializeToString(document)
}

/**
 * Signs a Word package as Office does (`_xmlsignatures/sigN.xml`): every signed part and relationship is digested
 * in the manifest, so Word shows the document as signed and any later edit of its content breaks the signature.
 * Earlier signatures of the package are kept as they are.
 */
export function signDocx(request: OoxmlSignRequest): Buffer {
  const pkg = openPackage(request.docx)
  const signaturePart = nextSignaturePart(pkg.parts)
  announceSignature(pkg.parts, signaturePart)
  const announced = packageOf(pkg.parts)
  const manifest = manifestEntries(announced).map((entry) => ({
    ...entry,
    digest: entryDigest(announced, entry)
  }))
  const parts = pkg.parts
  parts.set(signaturePart, Buffer.from(signedXml(request, manifest), 'utf8'))
  const ordered = [
    '[Content_Types].xml',
    ...[...parts.keys()].filter((name) => name !== '[Content_Types].xml')
  ]
  return Buffer.from(
    zipSync(Object.fromEntries(ordered.map((name) => [name, parts.get(name) as Uint8Array])))
  )
}

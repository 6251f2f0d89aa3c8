import { XMLSerializer, type Document, type Element } from '@xmldom/xmldom'
import { elements, parseXml, readRelationships } from './opc-package'

export const ORIGIN_PART = '_xmlsignatures/origin.sigs'
export const ORIGIN_RELS = '_xmlsignatures/_rels/origin.sigs.rels'
const RELATIONSHIPS_NS = 'http://schemas.openxmlformats.org/package/2006/relationships'
const CONTENT_TYPES_NS = 'http://schemas.openxmlformats.org/package/2006/content-types'
export const ORIGIN_TYPE =
  'http://schemas.openxmlformats.org/package/2006/relationships/digital-signature/origin'
export const SIGNATURE_TYPE =
  'http://schemas.openxmlformats.org/package/2006/relationships/digital-signature/signature'
const ORIGIN_CONTENT_TYPE = 'application/vnd.openxmlformats-package.digital-signature-origin'
const SIGNATURE_CONTENT_TYPE = 'application/vnd.openxmlformats-package.digital-signature-xmlsignature+xml'

const serialize = (document: Document) => Buffer.from(new XMLSerializer().serializeToString(document), 'utf8')

function emptyRelationships(): Document {
  return parseXml(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="${RELATIONSHIPS_NS}"/>`
  )
}

/** Adds a relationship with a fresh id, unless one of that type and target is already there. */
function withRelationship(rels: Uint8Array | undefined, type: string, target: string): Buffer {
  const document = rels ? parseXml(rels) : emptyRelationships()
  const existing = rels ? readRelationships(rels) : []
  if (existing.some((relationship) => relationship.type === type && relationship.target === target))
    return serialize(document)
  const ids = new Set(existing.map((relationship) => relationship.id))
  let number = existing.length + 1
  while (ids.has(`rId${number}`)) number++
  const node = document.createElementNS(RELATIONSHIPS_NS, 'Relationship')
  node.setAttribute('Id', `rId${number}`)
  node.setAttribute('Type', type)
  node.setAttribute('Target', target)
  document.documentElement?.appendChild(node)
  return serialize(document)
}

function withContentTypes(types: Uint8Array, signaturePart: string): Buffer {
  const document = parseXml(types)
  const root = document.documentElement as Element
  if (
    !elements(document, 'Default').some((node) => node.getAttribute('Extension')?.toLowerCase() === 'sigs')
  ) {
    const node = document.createElementNS(CONTENT_TYPES_NS, 'Default')
    node.setAttribute('Extension', 'sigs')
    node.setAttribute('ContentType', ORIGIN_CONTENT_TYPE)
    root.appendChild(node)
  }
  const override = document.createElementNS(CONTENT_TYPES_NS, 'Override')
  override.setAttribute('PartName', `/${signaturePart}`)
  override.setAttribute('ContentType', SIGNATURE_CONTENT_TYPE)
  root.appendChild(override)
  return serialize(document)
}

/** The next free signature part name: `_xmlsignatures/sig1.xml`, then sig2… */
export function nextSignaturePart(parts: ReadonlyMap<string, Uint8Array>): string {
  let number = 1
  while (parts.has(`_xmlsignatures/sig${number}.xml`)) number++
  return `_xmlsignatures/sig${number}.xml`
}

/**
 * The package parts that announce a signature, as Word writes them: the origin part (empty) related from the
 * package relationships, the signature part related from the origin, and their content types.
 */
export function announceSignature(parts: Map<string, Uint8Array>, signaturePart: string): void {
  parts.set('_rels/.rels', withRelationship(parts.get('_rels/.rels'), ORIGIN_TYPE, ORIGIN_PART))
  if (!parts.has(ORIGIN_PART)) parts.set(ORIGIN_PART, new Uint8Array())
  parts.set(
    ORIGIN_RELS,
    withRelationship(parts.get(ORIGIN_RELS), SIGNATURE_TYPE, signaturePart.replace('_xmlsignatures/', ''))
  )
  parts.set(
    '[Content_Types].xml',
    withContentTypes(parts.get('[Content_Types].xml') as Uint8Array, signaturePart)
  )
}

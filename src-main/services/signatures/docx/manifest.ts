import { createHash } from 'node:crypto'
import { RELATIONSHIP_TRANSFORM, transformRelationships } from './relationship-transform'
import { RELATIONSHIPS_CONTENT_TYPE, readRelationships, resolveTarget, type OpcPackage } from './opc-package'

/** One part (or the selected relationships of a relationships part) covered by the signature's manifest. */
export interface ManifestEntry {
  /** `/word/document.xml?ContentType=application/vnd…`, as Word writes it. */
  uri: string
  partName: string
  /** For a relationships part: the ids of the relationships covered. */
  relationshipIds: string[] | null
}

const OFFICE_SIGNED_TYPES = new Set([
  'officeDocument',
  'styles',
  'stylesWithEffects',
  'numbering',
  'settings',
  'webSettings',
  'fontTable',
  'font',
  'theme',
  'themeOverride',
  'header',
  'footer',
  'footnotes',
  'endnotes',
  'comments',
  'commentAuthors',
  'image',
  'hyperlink',
  'media',
  'audio',
  'video',
  'chart',
  'chartUserShapes',
  'chartStyle',
  'chartColorStyle',
  'diagramData',
  'diagramLayout',
  'diagramQuickStyle',
  'diagramColors',
  'diagramDrawing',
  'drawing',
  'vmlDrawing',
  'oleObject',
  'package',
  'glossaryDocument',
  'attachedTemplate',
  'aFChunk',
  'customXml',
  'control',
  'activeXControlBinary',
  'printerSettings',
  'vbaProject',
  'wordVbaData',
  'keyMapCustomizations',
  'customData',
  'userXmlData',
  'ink',
  'transform',
  'tags',
  'downRev',
  'viewProps',
  'documentParts'
])

/**
 * Whether a relationship type is one Office signs. Document metadata (core, extended and custom properties) and
 * the signature origin are left out, as Word and LibreOffice do, so that saving properties keeps the signature.
 */
export function isSignedRelationshipType(type: string): boolean {
  const short = type.replace(/^.*\/relationships\//, '')
  return OFFICE_SIGNED_TYPES.has(short) || short.endsWith('customXml')
}

/** Part names are URIs in the manifest: each segment percent-encoded where needed. */
export function partUri(partName: string, contentType: string): string {
  return `/${partName.split('/').map(encodeURIComponent).join('/')}?ContentType=${contentType}`
}

/**
 * The manifest of a new signature, built as Apache POI's OOXMLSignatureFacet does: every relationships part outside
 * `_xmlsignatures`, restricted to its signed relationships, and each part those relationships target, sorted by URI.
 */
export function manifestEntries(pkg: OpcPackage): ManifestEntry[] {
  const entries = new Map<string, ManifestEntry>()
  const relsParts = [...pkg.parts.keys()].filter(
    (name) => name.endsWith('.rels') && !name.startsWith('_xmlsignatures/')
  )
  for (const relsPart of relsParts) {
    const ids: string[] = []
    for (const relationship of readRelationships(pkg.parts.get(relsPart) as Uint8Array)) {
      if (relationship.external) {
        ids.push(relationship.id)
        continue
      }
      if (!isSignedRelationshipType(relationship.type)) continue
      ids.push(relationship.id)
      const target = resolveTarget(relsPart, relationship.target)
      const contentType = pkg.contentTypeOf(target)
      if (!pkg.parts.has(target) || contentType === null) throw new Error(`missing part ${target}`)
      const uri = partUri(target, contentType)
      entries.set(uri, { uri, partName: target, relationshipIds: null })
    }
    if (ids.length > 0) {
      const uri = partUri(relsPart, RELATIONSHIPS_CONTENT_TYPE)
      entries.set(uri, { uri, partName: relsPart, relationshipIds: ids })
    }
  }
  return [...entries.values()].sort((left, right) => (left.uri < right.uri ? -1 : 1))
}

export const SHA256_URI = 'http://www.w3.org/2001/04/xmlenc#sha256'

/** The SHA-256 digest (base64) of an entry: raw bytes, or the transformed relationships. */
export function entryDigest(pkg: OpcPackage, entry: ManifestEntry): string {
  const bytes = pkg.parts.get(entry.partName) as Uint8Array
  const data = entry.relationshipIds
    ? Buffer.from(transformRelationships(bytes, { ids: entry.relationshipIds }), 'utf8')
    : bytes
  return createHash('sha256').update(data).digest('base64')
}

export { RELATIONSHIP_TRANSFORM }

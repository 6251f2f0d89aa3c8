import { DOMParser, type Document, type Element } from '@xmldom/xmldom'
import { unzipSync } from 'fflate'

export const RELATIONSHIPS_CONTENT_TYPE = 'application/vnd.openxmlformats-package.relationships+xml'

/** An Open Packaging Conventions package (a .docx): its parts by name, without leading slash. */
export interface OpcPackage {
  parts: Map<string, Uint8Array>
  contentTypeOf(partName: string): string | null
}

export interface Relationship {
  id: string
  type: string
  target: string
  external: boolean
}

export function parseXml(bytes: Uint8Array | string): Document {
  const text = typeof bytes === 'string' ? bytes : Buffer.from(bytes).toString('utf8')
  const errors: string[] = []
  const document = new DOMParser({
    onError: (level, message) => {
      if (level !== 'warning') errors.push(message)
    }
  }).parseFromString(text, 'text/xml')
  if (errors.length > 0 || !document.documentElement) throw new Error('XML illisible')
  return document
}

export function elements(parent: Document | Element, localName: string): Element[] {
  return Array.from(parent.getElementsByTagNameNS('*', localName))
}

// A convention weighs well under a megabyte: these caps refuse zip bombs before anything is inflated.
const MAX_PARTS = 2000
const MAX_EXPANDED_BYTES = 100 * 1024 * 1024

/** Opens a package and reads its content types. Throws on anything that is not a readable package. */
export function openPackage(bytes: Uint8Array): OpcPackage {
  let parts = 0
  let expanded = 0
  const files = unzipSync(bytes, {
    filter: (file) => {
      parts += 1
      expanded += file.originalSize
      if (parts > MAX_PARTS || expanded > MAX_EXPANDED_BYTES) throw new Error('package too large')
      return !file.name.endsWith('/')
    }
  })
  return packageOf(new Map(Object.entries(files)))
}

export function packageOf(parts: Map<string, Uint8Array>): OpcPackage {
  const types = parts.get('[Content_Types].xml')
  if (!types) throw new Error('not an OPC package')
  const document = parseXml(types)
  const defaults = new Map(
    elements(document, 'Default').map((node) => [
      (node.getAttribute('Extension') ?? '').toLowerCase(),
      node.getAttribute('ContentType') ?? ''
    ])
  )
  const overrides = new Map(
    elements(document, 'Override').map((node) => [
      decodeURI(node.getAttribute('PartName') ?? '').toLowerCase(),
      node.getAttribute('ContentType') ?? ''
    ])
  )
  return {
    parts,
    contentTypeOf(partName) {
      const override = overrides.get(`/${partName}`.toLowerCase())
      if (override !== undefined) return override
      const extension = partName.includes('.') ? (partName.split('.').pop() ?? '') : ''
      return defaults.get(extension.toLowerCase()) ?? null
    }
  }
}

/** The relationships of a `_rels/*.rels` part. */
export function readRelationships(bytes: Uint8Array): Relationship[] {
  return elements(parseXml(bytes), 'Relationship').map((node) => ({
    id: node.getAttribute('Id') ?? '',
    type: node.getAttribute('Type') ?? '',
    target: node.getAttribute('Target') ?? '',
    external: node.getAttribute('TargetMode') === 'External'
  }))
}

/** The part a relationship targets, resolved against the folder of its source (`word/_rels/x.rels` → `word/`). */
export function resolveTarget(relsPartName: string, target: string): string {
  const base = relsPartName.replace(/(^|\/)_rels\/[^/]*$/, '$1')
  const segments = (target.startsWith('/') ? target.slice(1) : `${base}${target}`).split('/')
  const resolved: string[] = []
  for (const segment of segments) {
    if (segment === '..') resolved.pop()
    else if (segment !== '.' && segment !== '') resolved.push(segment)
  }
  return decodeURI(resolved.join('/'))
}

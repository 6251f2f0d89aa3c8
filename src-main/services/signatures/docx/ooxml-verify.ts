import type { Document, Element, Node } from '@xmldom/xmldom'
import type { X509Certificate } from 'node:crypto'
import { isSignedRelationshipType } from './manifest'
import {
  elements,
  openPackage,
  parseXml,
  readRelationships,
  resolveTarget,
  type OpcPackage
} from './opc-package'
import { RELATIONSHIP_TRANSFORM, transformRelationships } from './relationship-transform'
import { ORIGIN_TYPE, SIGNATURE_TYPE } from './signature-parts'
import { C14N } from './signature-xml'
import { checkXmlSignature, digestWith } from './xml-signature-check'

export type DocxIntegrity = 'valid' | 'altered' | 'bad-signature' | 'unsigned-part' | 'unreadable'

export interface DocxSignatureCheck {
  integrity: DocxIntegrity
  signer: X509Certificate | null
  certificates: X509Certificate[]
  signingTime: string | null
  reason: string | null
}

/** The signature parts the package's origin names, in order. */
function signatureParts(pkg: OpcPackage): string[] {
  const rootRels = pkg.parts.get('_rels/.rels')
  const origin =
    rootRels && readRelationships(rootRels).find((relationship) => relationship.type === ORIGIN_TYPE)
  if (!origin) return []
  const originPart = resolveTarget('_rels/.rels', origin.target)
  const originRels = pkg.parts.get(originPart.replace(/([^/]+)$/, '_rels/$1.rels'))
  if (!originRels) return []
  return readRelationships(originRels)
    .filter((relationship) => relationship.type === SIGNATURE_TYPE)
    .map((relationship) =>
      resolveTarget(originPart.replace(/([^/]+)$/, '_rels/$1.rels'), relationship.target)
    )
}

/**
 * Metadata, the signatures themselves and relationships parts that relate nothing signable may stay outside the
 * manifest, as in Word; nothing else.
 */
function mayBeUnsigned(pkg: OpcPackage, name: string): boolean {
  if (name === '[Content_Types].xml' || name.startsWith('_xmlsignatures/') || name.startsWith('docProps/'))
    return true
  if (!name.endsWith('.rels')) return false
  return readRelationships(pkg.parts.get(name) as Uint8Array).every(
    (relationship) => !relationship.external && !isSignedRelationshipType(relationship.type)
  )
}

/** Checks the manifest: each part's digest and content type, and that no other part slipped in. */
function checkManifest(pkg: OpcPackage, manifest: Element): DocxIntegrity {
  const coveredParts = new Set<string>()
  for (const reference of elements(manifest, 'Reference')) {
    const match = /^\/([^?]+)\?ContentType=(.+)$/.exec(reference.getAttribute('URI') ?? '')
    if (!match) return 'unreadable'
    const partName = decodeURIComponent(match[1] as string)
    const bytes = pkg.parts.get(partName)
    if (!bytes || pkg.contentTypeOf(partName) !== match[2]) return 'altered'
    const transforms = elements(reference, 'Transform')
    const relationshipTransform = transforms.find(
      (node) => node.getAttribute('Algorithm') === RELATIONSHIP_TRANSFORM
    )
    if (
      transforms.some(
        (node) => ![RELATIONSHIP_TRANSFORM, C14N].includes(node.getAttribute('Algorithm') ?? '')
      )
    )
      return 'unreadable'
    let data: Uint8Array | string = bytes
    if (relationshipTransform) {
      const ids = elements(relationshipTransform, 'RelationshipReference').map(
        (node) => node.getAttribute('SourceId') ?? ''
      )
      const types = elements(relationshipTransform, 'RelationshipsGroupReference').map(
        (node) => node.getAttribute('SourceType') ?? ''
      )
      data = transformRelationships(bytes, { ids, types })
      const uncovered = readRelationships(bytes).filter(
        (relationship) =>
          isSignedRelationshipType(relationship.type) &&
          !ids.includes(relationship.id) &&
          !types.includes(relationship.type)
      )
      if (uncovered.length > 0) return 'unsigned-part'
    }
    if (
      digestWith(elements(reference, 'DigestMethod')[0], data) !==
      (elements(reference, 'DigestValue')[0]?.textContent ?? '').trim()
    )
      return 'altered'
    coveredParts.add(partName)
  }
  const stray = [...pkg.parts.keys()].find((name) => !coveredParts.has(name) && !mayBeUnsigned(pkg, name))
  return stray ? 'unsigned-part' : 'valid'
}

function isWithin(node: Node, ancestor: Node): boolean {
  for (let current: Node | null = node; current; current = current.parentNode)
    if (current === ancestor) return true
  return false
}

function isoTime(value: string | null | undefined): string | null {
  const time = Date.parse(value?.trim() ?? '')
  return Number.isNaN(time) ? null : new Date(time).toISOString()
}

function checkPart(pkg: OpcPackage, partName: string): DocxSignatureCheck {
  const unreadable: DocxSignatureCheck = {
    integrity: 'unreadable',
    signer: null,
    certificates: [],
    signingTime: null,
    reason: null
  }
  const bytes = pkg.parts.get(partName)
  if (!bytes) return unreadable
  let document: Document
  try {
    document = parseXml(bytes)
  } catch {
    return unreadable
  }
  const core = checkXmlSignature(document)
  const manifest = elements(document, 'Manifest').find((node) =>
    core.covered.some((covered) => isWithin(node, covered))
  )
  const details = {
    signer: core.certificates[0] ?? null,
    certificates: core.certificates,
    signingTime: isoTime(elements(document, 'SigningTime')[0]?.textContent),
    reason: elements(document, 'SignatureComments')[0]?.textContent?.trim() || null
  }
  if (!core.valid)
    return { ...details, integrity: core.certificates.length === 0 ? 'unreadable' : 'bad-signature' }
  if (!manifest) return { ...details, integrity: 'unreadable' }
  return { ...details, integrity: checkManifest(pkg, manifest) }
}

/** Every OOXML signature of a Word file, checked: its XML signature, its manifest, and what it leaves out. */
export function checkDocxSignatures(bytes: Uint8Array): DocxSignatureCheck[] {
  let pkg: OpcPackage
  try {
    pkg = openPackage(bytes)
  } catch {
    return []
  }
  return signatureParts(pkg).map((part) => checkPart(pkg, part))
}

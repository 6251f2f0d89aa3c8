import type { Element } from '@xmldom/xmldom'
import { canonicalize } from './xml-c14n'
import { elements, parseXml } from './opc-package'

export const RELATIONSHIP_TRANSFORM = 'http://schemas.openxmlformats.org/package/2006/RelationshipTransform'

/** Which relationships of a part a signature covers: by id (SourceId) or by type (SourceType). */
export interface RelationshipSelection {
  ids: readonly string[]
  types?: readonly string[]
}

/**
 * The OPC relationships transform (ECMA-376 part 2, §13.2.4.24), then Canonical XML: only the selected
 * relationships are kept, sorted by Id, each with an explicit TargetMode, and nothing else (no whitespace, no
 * comments). Relationships added later, such as the signature origin, leave the result unchanged.
 */
export function transformRelationships(relsXml: Uint8Array, selection: RelationshipSelection): string {
  const document = parseXml(relsXml)
  const root = document.documentElement as Element
  const kept = elements(root, 'Relationship').filter(
    (relationship) =>
      selection.ids.includes(relationship.getAttribute('Id') ?? '') ||
      (selection.types ?? []).includes(relationship.getAttribute('Type') ?? '')
  )
  while (root.firstChild) root.removeChild(root.firstChild)
  kept.sort((left, right) => ((left.getAttribute('Id') ?? '') < (right.getAttribute('Id') ?? '') ? -1 : 1))
  for (const relationship of kept) {
    if (!relationship.getAttribute('TargetMode')) relationship.setAttribute('TargetMode', 'Internal')
    root.appendChild(relationship)
  }
  return canonicalize(root)
}

import type { BundleManifest } from '../../shared/exchange/bundle-manifest.schema'
import { cleanName, cleanText } from '../../shared/text/display-text'
import { createStringInterner } from './string-interner'

/** Fields holding a name, shown on one line; every other text keeps its line breaks. */
const NAME_FIELDS = new Set([
  'name',
  'email',
  'region',
  'department',
  'selection',
  'label',
  'commune',
  'headNetwork',
  'role',
  'title',
  'communeName',
  'partnerSignatoryName',
  'place',
  'signerName',
  'signerTitle'
])

function cleanInPlace(value: unknown, intern: (text: string) => string): void {
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index += 1) {
      const item: unknown = value[index]
      if (typeof item === 'string') value[index] = intern(cleanText(item))
      else cleanInPlace(item, intern)
    }
    return
  }
  if (value === null || typeof value !== 'object') return
  const record = value as Record<string, unknown>
  for (const key of Object.keys(record)) {
    const item = record[key]
    if (typeof item === 'string')
      record[key] = intern(NAME_FIELDS.has(key) ? cleanName(item) : cleanText(item))
    else cleanInPlace(item, intern)
  }
}

/**
 * The manifest as the import stores and shows it: control and bidirectional characters removed from every text
 * (line breaks kept where text may span lines), every name on one line. Cleans the parsed manifest in place — it is
 * the import's own copy — after the content hashes were checked against the raw text; each distinct text is held once.
 */
export function cleanManifestText(manifest: BundleManifest): BundleManifest {
  // Interned again: validation and cleaning may have made new strings of the same texts.
  cleanInPlace(manifest, createStringInterner())
  return manifest
}

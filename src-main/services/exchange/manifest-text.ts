import type { BundleManifest } from '../../shared/exchange/bundle-manifest.schema'
import { cleanName, cleanText } from '../../shared/text/display-text'

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

function cleanInPlace(value: unknown): void {
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index += 1) {
      const item: unknown = value[index]
      if (typeof item === 'string') value[index] = cleanText(item)
      else cleanInPlace(item)
    }
    return
  }
  if (value === null || typeof value !== 'object') return
  const record = value as Record<string, unknown>
  for (const key of Object.keys(record)) {
    const item = record[key]
    if (typeof item === 'string') record[key] = NAME_FIELDS.has(key) ? cleanName(item) : cleanText(item)
    else cleanInPlace(item)
  }
}

/**
 * The manifest as the import stores and shows it: control and bidirectional characters removed from every text
 * (line breaks kept where text may span lines), every name on one line. Cleans the parsed manifest in place — it is
 * the import's own copy — after the content hashes were checked against the raw text.
 */
export function cleanManifestText(manifest: BundleManifest): BundleManifest {
  cleanInPlace(manifest)
  return manifest
}

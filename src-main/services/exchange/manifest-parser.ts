import type { z } from 'zod'
import {
  BUNDLE_FORMAT,
  BUNDLE_VERSION,
  bundleAgreementSchema,
  bundleDocumentSchema,
  bundleManifestSchema,
  bundleNeedSchema,
  bundlePartnerSchema,
  MANIFEST_LIST_LIMITS,
  MANIFEST_NAME,
  type BundleManifest
} from '../../shared/exchange/bundle-manifest.schema'
import { refusedBundle } from './bundle-errors'
import { scanManifest, utf8Text, type ByteRange, type ScannedManifest } from './manifest-scanner'
import { createStringInterner } from './string-interner'

const LIST_SCHEMAS = {
  partners: bundlePartnerSchema,
  needs: bundleNeedSchema,
  agreements: bundleAgreementSchema,
  documents: bundleDocumentSchema
} as const

type ListKey = keyof typeof LIST_SCHEMAS
const LIST_KEYS: ReadonlySet<string> = new Set(Object.keys(LIST_SCHEMAS))

function invalidAt(path: string, issue: z.core.$ZodIssue | undefined): Error {
  const field = [path, ...(issue?.path ?? []).map(String)].filter(Boolean).join('.') || '(racine)'
  return refusedBundle(
    `${MANIFEST_NAME} est invalide au champ « ${field} » (${issue?.message ?? 'valeur refusée'}).`
  )
}

/**
 * Parses `manifest.json` against the format's schema. Its long lists (thousands of agreements) are read from the
 * bytes one element at a time — never the whole text as one string, nor the whole raw tree — and each repeated text
 * is held once: the import's memory stays that of the parsed manifest. Refusals name the first invalid field, in
 * French.
 */
export function parseManifest(bytes: Uint8Array): BundleManifest {
  const intern = createStringInterner()
  const parse = (text: string): unknown =>
    JSON.parse(text, (_key, value: unknown) => (typeof value === 'string' ? intern(value) : value))
  let scanned: ScannedManifest
  let raw: unknown
  try {
    scanned = scanManifest(bytes, LIST_KEYS)
    raw = parse(scanned.head)
  } catch {
    throw refusedBundle(`${MANIFEST_NAME} n'est pas un objet JSON lisible.`)
  }
  const record = raw as Record<string, unknown>
  if (record['format'] !== BUNDLE_FORMAT)
    throw refusedBundle(`ce n'est pas un fichier d'échange Alliance Conventions.`)
  const version = record['version']
  if (version !== BUNDLE_VERSION)
    throw refusedBundle(
      typeof version === 'number'
        ? `la version ${version} du format n'est pas prise en charge (version ${BUNDLE_VERSION} attendue) ; mettez l'application à jour.`
        : `la version du format est absente de ${MANIFEST_NAME}.`
    )
  for (const [key, ranges] of scanned.lists) {
    if (ranges.length > MANIFEST_LIST_LIMITS[key as ListKey])
      throw refusedBundle(
        `${MANIFEST_NAME} compte plus de ${MANIFEST_LIST_LIMITS[key as ListKey]} éléments dans « ${key} ».`
      )
    record[key] = []
  }
  const head = bundleManifestSchema.safeParse(record)
  if (!head.success) throw invalidAt('', head.error.issues[0])
  const manifest = head.data
  for (const [key, ranges] of scanned.lists) {
    const schema = LIST_SCHEMAS[key as ListKey]
    const parsed: unknown[] = []
    for (let index = 0; index < ranges.length; index += 1) {
      let element: unknown
      try {
        element = parse(utf8Text(bytes, ranges[index] as ByteRange))
      } catch {
        throw refusedBundle(`${MANIFEST_NAME} n'est pas du JSON lisible (élément ${index} de « ${key} »).`)
      }
      const item = schema.safeParse(element)
      if (!item.success) throw invalidAt(`${key}.${index}`, item.error.issues[0])
      parsed.push(item.data)
    }
    ;(manifest as Record<ListKey, unknown[]>)[key as ListKey] = parsed
  }
  return manifest
}

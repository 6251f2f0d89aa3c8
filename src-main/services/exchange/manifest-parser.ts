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

const LIST_SCHEMAS = {
  partners: bundlePartnerSchema,
  needs: bundleNeedSchema,
  agreements: bundleAgreementSchema,
  documents: bundleDocumentSchema
} as const

type ListKey = keyof typeof LIST_SCHEMAS

function invalidAt(path: string, issue: z.core.$ZodIssue | undefined): Error {
  const field = [path, ...(issue?.path ?? []).map(String)].filter(Boolean).join('.') || '(racine)'
  return refusedBundle(
    `${MANIFEST_NAME} est invalide au champ « ${field} » (${issue?.message ?? 'valeur refusée'}).`
  )
}

/**
 * Parses `manifest.json` against the format's schema. Its long lists (thousands of agreements) are validated one
 * element at a time, each raw element dropped once its parsed copy is kept: the manifest is never held twice in
 * memory, whatever its size. Refusals name the first invalid field, in French.
 */
export function parseManifest(bytes: Buffer): BundleManifest {
  let raw: unknown
  try {
    raw = JSON.parse(bytes.toString('utf8'))
  } catch {
    throw refusedBundle(`${MANIFEST_NAME} n'est pas du JSON lisible.`)
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw))
    throw refusedBundle(`${MANIFEST_NAME} n'est pas un objet JSON.`)
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
  const lists = new Map<ListKey, unknown[]>()
  for (const key of Object.keys(LIST_SCHEMAS) as ListKey[]) {
    const value = record[key]
    if (!Array.isArray(value)) continue
    if (value.length > MANIFEST_LIST_LIMITS[key])
      throw refusedBundle(
        `${MANIFEST_NAME} compte plus de ${MANIFEST_LIST_LIMITS[key]} éléments dans « ${key} ».`
      )
    lists.set(key, value)
    record[key] = []
  }
  const head = bundleManifestSchema.safeParse(record)
  if (!head.success) throw invalidAt('', head.error.issues[0])
  const manifest = head.data
  for (const [key, items] of lists) {
    const parsed: unknown[] = []
    for (let index = 0; index < items.length; index += 1) {
      const item = LIST_SCHEMAS[key].safeParse(items[index])
      if (!item.success) throw invalidAt(`${key}.${index}`, item.error.issues[0])
      parsed.push(item.data)
      items[index] = undefined
    }
    ;(manifest as Record<ListKey, unknown[]>)[key] = parsed
  }
  return manifest
}

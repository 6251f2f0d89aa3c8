import type { AppDatabase } from '../../db/schema'
import { formatFingerprint } from '../../shared/exchange/bundle-sender'

export interface ReceivedVersion {
  /** `AD-2026-33-0042`, or an amendment's reference. */
  reference: string
  version: number
  /** « pour signature », « signée »… */
  kindLabel: string
  /** The bundle it came in (`document_versions.imported_from`); null for a file recorded before bundles were. */
  importedFrom: string | null
  /** « Claire Dubois (Nouvelle-Aquitaine) », as recorded at import. */
  issuedBy: string | null
}

/**
 * What « Vérifier un document » says of a file received in a bundle. It was checked against the bundle's fingerprint
 * when it arrived and has not changed since; who made it is known only as far as the bundle's signature went: with a
 * signature that checked, the sending installation is named with its key; without one, the file is only « reçu de
 * X, intact depuis sa réception ». Never « authentique ».
 */
export async function describeReceivedVersion(db: AppDatabase, version: ReceivedVersion): Promise<string> {
  const bundle =
    version.importedFrom === null
      ? undefined
      : await db
          .selectFrom('received_bundles')
          .select(['sender_name', 'sender_region', 'key_fingerprint'])
          .where('bundle_id', '=', version.importedFrom)
          .executeTakeFirst()
  const sender =
    (bundle &&
      [bundle.sender_name, bundle.sender_region && `(${bundle.sender_region})`].filter(Boolean).join(' ')) ||
    version.issuedBy ||
    'une autre installation'
  const what = `${version.reference}, version ${version.version} (${version.kindLabel})`
  if (bundle?.key_fingerprint)
    return (
      `Document reçu de ${sender}, intact depuis sa réception : ${what}. Le fichier d’échange qui l’a apporté ` +
      `portait la signature vérifiée de son installation (clé ${formatFingerprint(bundle.key_fingerprint)}).`
    )
  return (
    `Document reçu de ${sender}, intact depuis sa réception : ${what}. Le fichier d’échange qui l’a apporté ` +
    `n’était pas signé : son origine n’a pas pu être vérifiée.`
  )
}

import type { AppDatabase } from '../../db/schema'
import type { BundleSender } from '../../shared/exchange/bundle-sender'
import { foldForSearch } from '../../shared/validation/search-text'

/** The signer of a bundle whose signature checked; null for an unsigned bundle. */
export interface VerifiedSigner {
  publicKey: Buffer
  fingerprint: string
}

/** Name and region, folded: the same sender whatever the accents or capitals of this export. */
function senderIdentity(name: string, region: string): string | null {
  const folded = foldForSearch(name)
  return folded === '' ? null : `${folded}|${foldForSearch(region)}`
}

/**
 * Who sent a bundle, as far as this installation can tell: a key it accepted before (or its own), a new key (trust on
 * first use), a known sender under another key, or no signature at all. The last two need the coordinator's
 * confirmation before anything is imported.
 */
export async function assessSender(
  db: AppDatabase,
  exportedBy: { name: string; region: string },
  signer: VerifiedSigner | null
): Promise<BundleSender> {
  const base = { name: exportedBy.name, region: exportedBy.region, previousFingerprints: [] }
  const identity = senderIdentity(exportedBy.name, exportedBy.region)
  const keysOfSender =
    identity === null
      ? []
      : await db.selectFrom('known_senders').select('fingerprint').where('identity', '=', identity).execute()
  if (signer === null)
    return {
      ...base,
      fingerprint: null,
      status: 'unsigned',
      acceptedAt: null,
      previousFingerprints: keysOfSender.map((row) => row.fingerprint),
      needsConfirmation: true
    }
  const own = await db.selectFrom('installation_key').select(['public_key', 'created_at']).executeTakeFirst()
  if (own && Buffer.from(own.public_key).equals(signer.publicKey))
    return {
      ...base,
      fingerprint: signer.fingerprint,
      status: 'known',
      acceptedAt: own.created_at,
      needsConfirmation: false
    }
  const known = await db
    .selectFrom('known_senders')
    .select('accepted_at')
    .where('fingerprint', '=', signer.fingerprint)
    .executeTakeFirst()
  if (known)
    return {
      ...base,
      fingerprint: signer.fingerprint,
      status: 'known',
      acceptedAt: known.accepted_at,
      needsConfirmation: false
    }
  if (keysOfSender.length > 0)
    return {
      ...base,
      fingerprint: signer.fingerprint,
      status: 'changed',
      acceptedAt: null,
      previousFingerprints: keysOfSender.map((row) => row.fingerprint),
      needsConfirmation: true
    }
  return {
    ...base,
    fingerprint: signer.fingerprint,
    status: 'new',
    acceptedAt: null,
    needsConfirmation: false
  }
}

/**
 * Inside the import transaction: the signing key is remembered as accepted for this sender (trust on first use, or
 * the change the coordinator confirmed), and the bundle is recorded with its signer, for what « Vérifier un
 * document » may later say of the files it brought.
 */
export async function rememberSender(
  trx: AppDatabase,
  sender: BundleSender,
  signer: VerifiedSigner | null,
  bundleId: string,
  at: string
): Promise<void> {
  const identity = senderIdentity(sender.name, sender.region)
  const own = await trx.selectFrom('installation_key').select('public_key').executeTakeFirst()
  const isOwn = own !== undefined && signer !== null && Buffer.from(own.public_key).equals(signer.publicKey)
  if (signer && identity !== null && !isOwn)
    await trx
      .insertInto('known_senders')
      .values({
        fingerprint: signer.fingerprint,
        public_key: signer.publicKey,
        identity,
        name: sender.name,
        region: sender.region,
        accepted_at: at,
        last_bundle_at: at
      })
      .onConflict((conflict) =>
        conflict
          .column('fingerprint')
          .doUpdateSet({ identity, name: sender.name, region: sender.region, last_bundle_at: at })
      )
      .execute()
  await trx
    .insertInto('received_bundles')
    .values({
      bundle_id: bundleId,
      sender_name: sender.name,
      sender_region: sender.region,
      key_fingerprint: signer?.fingerprint ?? null,
      received_at: at
    })
    .onConflict((conflict) => conflict.column('bundle_id').doNothing())
    .execute()
}

import { inSlices } from '../../db/in-slices'
import type { AppDatabase } from '../../db/schema'

/** The base hash of each agreement that went through a bundle, by agreement id. */
export async function readBaseHashes(db: AppDatabase, ids: readonly number[]): Promise<Map<number, string>> {
  const rows = await inSlices(ids, (slice) =>
    db
      .selectFrom('exchange_sync')
      .select(['agreement_id', 'base_hash'])
      .where('agreement_id', 'in', slice)
      .execute()
  )
  return new Map(rows.map((row) => [row.agreement_id, row.base_hash]))
}

export async function writeBaseHash(
  trx: AppDatabase,
  agreementId: number,
  baseHash: string,
  bundleId: string,
  at: string
): Promise<void> {
  await trx
    .insertInto('exchange_sync')
    .values({ agreement_id: agreementId, base_hash: baseHash, bundle_id: bundleId, at })
    .onConflict((conflict) =>
      conflict.column('agreement_id').doUpdateSet({ base_hash: baseHash, bundle_id: bundleId, at })
    )
    .execute()
}

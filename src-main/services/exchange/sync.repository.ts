import type { AppDatabase } from '../../db/schema'

const SLICE = 500

/** The base hash of each agreement that went through a bundle, by agreement id. */
export async function readBaseHashes(db: AppDatabase, ids: readonly number[]): Promise<Map<number, string>> {
  const bases = new Map<number, string>()
  for (let start = 0; start < ids.length; start += SLICE) {
    const rows = await db
      .selectFrom('exchange_sync')
      .select(['agreement_id', 'base_hash'])
      .where('agreement_id', 'in', ids.slice(start, start + SLICE))
      .execute()
    for (const row of rows) bases.set(row.agreement_id, row.base_hash)
  }
  return bases
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

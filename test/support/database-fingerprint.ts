import { createHash } from 'node:crypto'
import { sql } from 'kysely'
import type { AppDatabase } from '../../src-main/db/schema'

/** Row count per table and a SHA-256 of every row: two databases with equal results hold the same data. */
export async function databaseFingerprint(
  db: AppDatabase
): Promise<{ counts: Record<string, number>; sha256: string }> {
  const { rows: tables } = await sql<{ name: string }>`
    select name from sqlite_master
    where type = 'table' and name not like 'sqlite_%' and name not like 'agreements_fts%' order by name`.execute(
    db
  )
  const hash = createHash('sha256')
  const counts: Record<string, number> = {}
  for (const { name } of tables) {
    const { rows } = await sql.raw<Record<string, unknown>>(`select * from "${name}"`).execute(db)
    counts[name] = rows.length
    // Sorted in JS: some tables are WITHOUT ROWID, and the order of a scan is not part of the data.
    hash.update(name).update(JSON.stringify(rows.map((row) => JSON.stringify(row)).sort()))
  }
  return { counts, sha256: hash.digest('hex') }
}

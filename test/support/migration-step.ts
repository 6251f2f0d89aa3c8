import { join } from 'node:path'
import { sql } from 'kysely'
import type { AppDatabase } from '../../src-main/db/schema'
import { MIGRATIONS } from '../../src-main/db/migrations'
import { openDatabase } from '../../src-main/db/open-database'

/**
 * One migration under test, on a database file in `folder`: `before()` opens it migrated up to that migration,
 * `after()` opens it again with that migration applied, as an app update would.
 */
export function migrationStep(folder: string, name: string) {
  const index = MIGRATIONS.findIndex((migration) => migration.name === name)
  if (index < 0) throw new Error(`no migration named ${name}`)
  const file = join(folder, 'db.sqlite')
  return {
    index,
    before: () => openDatabase(file, { migrations: MIGRATIONS.slice(0, index) }),
    after: () => openDatabase(file, { migrations: MIGRATIONS.slice(0, index + 1) })
  }
}

/** A bare agreement row, as old schemas accept it, for a migration to carry over. */
export async function insertBareAgreement(db: AppDatabase, id: number, at: string): Promise<void> {
  await sql`insert into agreements (id, reference, year, department, content, created_at, updated_at)
    values (${id}, ${`AD-2026-33-${String(id).padStart(4, '0')}`}, 2026, '33', '{}', ${at}, ${at})`.execute(db)
}

import { rmSync } from 'node:fs'
import { join } from 'node:path'
import { sql } from 'kysely'
import { afterEach } from 'vitest'
import type { AppDatabase } from '../../src-main/db/schema'
import { MIGRATIONS } from '../../src-main/db/migrations'
import { openDatabase, type OpenedDatabase } from '../../src-main/db/open-database'
import { makeTempFolder } from './temp-database'

/**
 * One migration under test, on a database file in a temp folder: `before()` opens it migrated up to that
 * migration, `after()` closes it and opens it again with that migration applied, as an app update would. After
 * each test the database is closed and the folder removed.
 */
export function useMigrationStep(name: string) {
  const index = MIGRATIONS.findIndex((migration) => migration.name === name)
  if (index < 0) throw new Error(`no migration named ${name}`)
  let folder: string | undefined
  let opened: OpenedDatabase | undefined
  afterEach(async () => {
    await opened?.close()
    opened = undefined
    if (folder) rmSync(folder, { recursive: true, force: true })
    folder = undefined
  })
  async function openWith(count: number): Promise<OpenedDatabase> {
    await opened?.close()
    folder ??= makeTempFolder()
    opened = await openDatabase(join(folder, 'db.sqlite'), { migrations: MIGRATIONS.slice(0, count) })
    return opened
  }
  return {
    index,
    before: () => openWith(index),
    after: () => openWith(index + 1)
  }
}

/** A bare agreement row, as old schemas accept it, for a migration to carry over. */
export async function insertBareAgreement(db: AppDatabase, id: number, at: string): Promise<void> {
  await sql`insert into agreements (id, reference, year, department, content, created_at, updated_at)
    values (${id}, ${`AD-2026-33-${String(id).padStart(4, '0')}`}, 2026, '33', '{}', ${at}, ${at})`.execute(
    db
  )
}

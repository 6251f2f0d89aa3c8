import { rmSync } from 'node:fs'
import { join } from 'node:path'
import { sql } from 'kysely'
import { afterEach, describe, expect, it } from 'vitest'
import { MIGRATIONS } from '../../../src-main/db/migrations'
import { openDatabase, type OpenedDatabase } from '../../../src-main/db/open-database'
import { makeTempFolder } from '../../support/temp-database'

describe('migration 0020-create-exchange-sync', () => {
  const folder = makeTempFolder()
  let opened: OpenedDatabase | undefined
  afterEach(async () => {
    await opened?.close()
    rmSync(folder, { recursive: true, force: true })
  })

  it('adds the exchange base next to existing agreements, strictly typed, removed with its agreement', async () => {
    const index = MIGRATIONS.findIndex((migration) => migration.name === '0020-create-exchange-sync')
    const file = join(folder, 'db.sqlite')
    opened = await openDatabase(file, { migrations: MIGRATIONS.slice(0, index) })
    const now = '2026-11-28T10:00:00.000Z'
    await sql`insert into agreements (id, reference, year, department, content, created_at, updated_at)
      values (1, 'AD-2026-33-0001', 2026, '33', '{}', ${now}, ${now})`.execute(opened.db)
    await opened.close()
    opened = await openDatabase(file, { migrations: MIGRATIONS.slice(0, index + 1) })
    expect(opened.migration).toEqual({ fromVersion: index, toVersion: index + 1 })
    const hash = 'a'.repeat(64)
    await sql`insert into exchange_sync values (1, ${hash}, 'lot', ${now})`.execute(opened.db)
    await expect(
      sql`insert into exchange_sync values (1, 'court', 'lot', ${now})`.execute(opened.db)
    ).rejects.toThrow()
    await expect(
      sql`insert into exchange_sync values (2, ${hash}, 'lot', ${now})`.execute(opened.db)
    ).rejects.toThrow()
    await sql`delete from agreements where id = 1`.execute(opened.db)
    expect((await sql`select * from exchange_sync`.execute(opened.db)).rows).toEqual([])
  })
})

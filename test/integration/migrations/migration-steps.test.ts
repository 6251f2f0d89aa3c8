import { join } from 'node:path'
import { rmSync } from 'node:fs'
import { sql } from 'kysely'
import { afterEach, describe, expect, it } from 'vitest'
import { MIGRATIONS } from '../../../src-main/db/migrations'
import { openDatabase, type OpenedDatabase } from '../../../src-main/db/open-database'
import { makeTempFolder } from '../../support/temp-database'

/**
 * Each migration from 0003 on: migrate to N-1, insert rows as the previous schema allowed, migrate to N, and compare.
 */
describe('migrations 0003 and up', () => {
  let folder: string
  let opened: OpenedDatabase | undefined
  afterEach(async () => {
    await opened?.close()
    opened = undefined
    rmSync(folder, { recursive: true, force: true })
  })

  async function openAt(version: number): Promise<OpenedDatabase> {
    await opened?.close()
    opened = await openDatabase(join(folder, 'db.sqlite'), { migrations: MIGRATIONS.slice(0, version) })
    return opened
  }

  const now = '2026-11-28T10:00:00.000Z'
  const insertPartner = (database: OpenedDatabase) =>
    sql`insert into partners (id, name, legal_form, search_text, commune, created_at, updated_at)
        values (1, 'Banque alimentaire', 'association-1901', 'banque alimentaire', 'Bruges', ${now}, ${now})`.execute(
      database.db
    )
  const insertNeed = (database: OpenedDatabase) =>
    sql`insert into local_needs (id, title, search_text, created_at, updated_at) values (1, 'Aide alimentaire', 'aide', ${now}, ${now});
      `.execute(database.db)
  const insertAgreement = (database: OpenedDatabase) =>
    sql`insert into agreements (id, reference, title, status, type, need_id, partner_id, year, department, content, created_at, updated_at)
        values (1, 'AD-2026-33-0001', 'Collecte solidaire', 'draft', 'patronage', 1, 1, 2026, '33', '{}', ${now}, ${now})`.execute(
      database.db
    )

  it('0003 adds local needs and their communes next to existing partners', async () => {
    folder = makeTempFolder()
    await insertPartner(await openAt(2))
    const database = await openAt(3)
    expect(database.migration).toEqual({ fromVersion: 2, toVersion: 3 })
    await insertNeed(database)
    await sql`insert into need_communes values (1, 0, '33063', 'Bordeaux', '33000', '33')`.execute(
      database.db
    )
    expect(await database.db.selectFrom('partners').select('name').execute()).toEqual([
      { name: 'Banque alimentaire' }
    ])
    await expect(
      sql`insert into local_needs (title, search_text, created_at, updated_at, people_reached) values ('x', 'x', '', '', 'beaucoup')`.execute(
        database.db
      )
    ).rejects.toThrow()
  })

  it('0004 adds agreements that refer to needs and partners, with a unique reference', async () => {
    folder = makeTempFolder()
    const previous = await openAt(3)
    await insertPartner(previous)
    await insertNeed(previous)
    const database = await openAt(4)
    await insertAgreement(database)
    await expect(insertAgreement(database)).rejects.toThrow(/UNIQUE/)
    await expect(
      sql`insert into agreements (reference, status, year, department, content, created_at, updated_at)
          values ('AD-2026-33-0002', 'lost', 2026, '33', '{}', '', '')`.execute(database.db)
    ).rejects.toThrow(/CHECK/)
    expect(await database.db.selectFrom('local_needs').select('title').execute()).toEqual([
      { title: 'Aide alimentaire' }
    ])
  })

  it('0005 adds settings without touching agreements', async () => {
    folder = makeTempFolder()
    const previous = await openAt(4)
    await insertPartner(previous)
    await insertNeed(previous)
    await insertAgreement(previous)
    const database = await openAt(5)
    await sql`insert into settings values ('coordinator', '{"name":"Claire"}', ${now})`.execute(database.db)
    await expect(
      sql`insert into settings values ('bad', 'not json', ${now})`.execute(database.db)
    ).rejects.toThrow(/CHECK/)
    expect(await database.db.selectFrom('agreements').select('reference').execute()).toEqual([
      { reference: 'AD-2026-33-0001' }
    ])
  })

  it('0006 indexes existing agreements for full-text search and follows later renames', async () => {
    folder = makeTempFolder()
    const previous = await openAt(5)
    await insertPartner(previous)
    await insertNeed(previous)
    await sql`insert into need_communes values (1, 0, '33063', 'Bordeaux', '33000', '33')`.execute(
      previous.db
    )
    await insertAgreement(previous)
    const database = await openAt(6)
    const match = async (query: string) =>
      (
        await sql<{
          rowid: number
        }>`select rowid from agreements_fts where agreements_fts match ${query}`.execute(database.db)
      ).rows.length
    expect(await match('bordeaux')).toBe(1)
    expect(await match('"banque"*')).toBe(1)
    expect(await match('bruges')).toBe(1)
    await sql`update partners set name = 'Épicerie solidaire' where id = 1`.execute(database.db)
    expect(await match('banque')).toBe(0)
    expect(await match('epicerie')).toBe(1)
    await sql`delete from agreements where id = 1`.execute(database.db)
    expect(await match('epicerie')).toBe(0)
  })
})

import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { open } from 'node:fs/promises'
import { join } from 'node:path'
import { sql } from 'kysely'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { checkDatabaseFile } from '../../../src-main/db/database-health'
import { writeFileAtomic } from '../../../src-main/services/files/atomic-write'
import { partnerWithContact } from '../../support/durability-fixtures'
import { openTempDatabase, type TempDatabase } from '../../support/temp-database'

const DISK_FULL = { code: 'DISK_FULL', message: expect.stringMatching(/^Le disque est plein/) }

describe('disk full', () => {
  let database: TempDatabase
  beforeEach(async () => {
    database = await openTempDatabase()
  })
  afterEach(async () => {
    await database.dispose()
  })

  it('refuses a database write with a French message, keeps earlier data, and the file stays intact', async () => {
    const { services, db } = database
    await services.partners.create(partnerWithContact('Banque alimentaire', 'contact@ba33.fr'))
    await sql`pragma wal_checkpoint(truncate)`.execute(db)
    const { rows } = await sql<{ page_count: number }>`pragma page_count`.execute(db)
    await sql.raw(`pragma max_page_count = ${rows[0]?.page_count ?? 0}`).execute(db)

    const big = { ...partnerWithContact('x'.repeat(200), 'big@exemple.fr'), addressLine: 'y'.repeat(200) }
    let refused: unknown
    for (let attempt = 0; attempt < 200 && !refused; attempt += 1) {
      await services.partners
        .create({ ...big, name: `${attempt} ${'x'.repeat(190)}` })
        .catch((error: unknown) => {
          refused = error
        })
    }
    expect(refused).toMatchObject(DISK_FULL)
    expect((await services.partners.list({ search: 'Banque' })).map((partner) => partner.name)).toEqual([
      'Banque alimentaire'
    ])

    await sql`pragma max_page_count = 1073741823`.execute(db)
    await services.partners.create(partnerWithContact('Après libération de place', 'ok@exemple.fr'))
    expect((await checkDatabaseFile(database.file, 'full')).ok).toBe(true)
  })

  it('writing a file to a full device (/dev/full) fails with DISK_FULL, no partial file, previous version kept', async () => {
    const target = join(database.folder, 'convention.docx')
    writeFileSync(target, 'version précédente')
    await expect(
      writeFileAtomic(target, Buffer.alloc(256 * 1024, 1), { openTemp: () => open('/dev/full', 'w') })
    ).rejects.toMatchObject(DISK_FULL)
    expect(readFileSync(target, 'utf8')).toBe('version précédente')
    expect(readdirSync(database.folder).filter((name) => name.endsWith('.tmp'))).toEqual([])
  })

  it('a successful atomic write replaces the file whole and leaves no temporary file', async () => {
    const target = join(database.folder, 'export.csv')
    await writeFileAtomic(target, 'a;b\n1;2\n')
    await writeFileAtomic(target, 'a;b\n3;4\n')
    expect(readFileSync(target, 'utf8')).toBe('a;b\n3;4\n')
    expect(readdirSync(database.folder).filter((name) => name.endsWith('.tmp'))).toEqual([])
  })
})

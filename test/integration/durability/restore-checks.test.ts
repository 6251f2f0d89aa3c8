import { mkdirSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { APPLICATION_ID } from '../../../src-main/db/database-ownership'
import { MIGRATIONS } from '../../../src-main/db/migrations'
import { openDatabase } from '../../../src-main/db/open-database'
import { allRows, runStatement, withRawFile } from '../../../src-main/db/sqlite-file'
import { runCliCaptured } from '../../support/cli'
import { databaseFingerprint } from '../../support/database-fingerprint'
import { partnerWithContact } from '../../support/durability-fixtures'
import { openTempDatabase, type TempDatabase } from '../../support/temp-database'

const BACKUP_NAME = 'alliance-conventions-20260101T000000000Z-manual-abcdef.sqlite'

describe('restore accepts only a backup of this app, migrated before anything is replaced', () => {
  let database: TempDatabase
  let folder: string
  beforeEach(async () => {
    database = await openTempDatabase()
    await database.services.partners.create(partnerWithContact('Recyclerie du Médoc', 'c@recyclerie.fr'))
    folder = database.services.backups.folder
    mkdirSync(folder, { recursive: true })
  })
  afterEach(async () => {
    await database.dispose()
  })

  /** Restores `file` (dropped in the backups folder) from Settings and through the CLI; both must refuse. */
  async function expectRefused(write: (file: string) => Promise<void>, message: RegExp): Promise<void> {
    const file = join(folder, BACKUP_NAME)
    await write(file)
    const before = await databaseFingerprint(database.db)
    await expect(database.services.backups.restore(BACKUP_NAME)).rejects.toThrow(message)
    expect(await databaseFingerprint(database.db)).toEqual(before)
    await database.close()
    const run = await runCliCaptured(['--db', database.file, 'backup', 'restore', file])
    expect(run.code).toBe(1)
    expect(run.err).toMatch(message)
    expect(run.err).not.toMatch(/SQLITE|Error/)
    const reopened = await openDatabase(database.file)
    expect(await databaseFingerprint(reopened.db)).toEqual(before)
    await reopened.close()
    // No safety backup was taken, no migrated copy left behind: the refusal touched nothing.
    expect(readdirSync(folder)).toEqual([BACKUP_NAME])
    database = { ...database, ...(await openDatabase(database.file)) }
  }

  it('an empty SQLite file (all data replaced by nothing) is refused', async () => {
    await expectRefused(
      (file) => withRawFile(file, 'read-write', (raw) => runStatement(raw, 'pragma user_version = 0')),
      /base de données vide : la restaurer remplacerait toutes vos données par rien/
    )
  })

  it('a zero-byte file is refused', async () => {
    await expectRefused(
      async (file) => writeFileSync(file, ''),
      /endommagée ou n'est pas une base de données/
    )
  })

  it('another program’s SQLite file (after which the app would no longer open) is refused', async () => {
    await expectRefused(
      (file) =>
        withRawFile(file, 'read-write', async (raw) => {
          await runStatement(raw, 'create table photos (id integer primary key, path text)')
          await runStatement(raw, 'pragma user_version = 3')
        }),
      /base SQLite d'un autre programme/
    )
  })

  it('a backup whose migration fails is refused before the database is touched', async () => {
    const index = MIGRATIONS.findIndex((migration) => migration.name === '0021-record-imported-documents')
    await expectRefused(async (file) => {
      await (await openDatabase(file, { migrations: MIGRATIONS.slice(0, index) })).close()
      // A damaged old schema: the next migration alters this table.
      await withRawFile(file, 'read-write', async (raw) => {
        await runStatement(raw, 'drop table document_signatures')
        await runStatement(raw, 'pragma journal_mode = delete')
      })
    }, /ne peut pas être mise à jour pour cette version de l'application/)
  })

  it('a backup from before an update is migrated as a copy, then restored', async () => {
    const index = MIGRATIONS.findIndex((migration) => migration.name === '0050-set-application-id')
    const old = await openDatabase(join(folder, BACKUP_NAME), { migrations: MIGRATIONS.slice(0, index) })
    await old.close()
    await database.services.backups.restore(BACKUP_NAME)
    expect(await database.services.partners.list()).toEqual([])
    const [header] = await withRawFile(database.file, 'read-only', (raw) =>
      allRows<{ application_id: number }>(raw, 'pragma application_id')
    )
    expect(header?.application_id).toBe(APPLICATION_ID)
    expect(readdirSync(folder).filter((name) => name.startsWith('.restauration'))).toEqual([])
  })
})

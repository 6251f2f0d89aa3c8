import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { APPLICATION_ID, fileOwnership } from '../../../src-main/db/database-ownership'
import { MIGRATIONS } from '../../../src-main/db/migrations'
import { openDatabase } from '../../../src-main/db/open-database'
import { allRows, runStatement, withRawFile } from '../../../src-main/db/sqlite-file'
import { runCliCaptured } from '../../support/cli'
import { makeTempFolder } from '../../support/temp-database'
import { fileSha256 } from '../exchange/exchange-fixtures'

/** Another program's SQLite file: a table of its own, its own application id. */
async function foreignDatabase(file: string, applicationId = 0): Promise<void> {
  await withRawFile(file, 'read-write', async (database) => {
    await runStatement(database, 'create table photos (id integer primary key, path text)')
    await runStatement(database, "insert into photos (path) values ('vacances.jpg')")
    if (applicationId !== 0) await runStatement(database, `pragma application_id = ${applicationId}`)
  })
}

const applicationIdOf = (file: string) =>
  withRawFile(file, 'read-only', (database) =>
    allRows<{ application_id: number }>(database, 'pragma application_id')
  ).then(([row]) => row?.application_id)

describe('a database knows it is ours', () => {
  let folder: string
  beforeEach(() => {
    folder = makeTempFolder('alliance-ownership-')
  })
  afterEach(() => rmSync(folder, { recursive: true, force: true }))

  it('a new database carries the application id', async () => {
    const file = join(folder, 'alliance-conventions.sqlite')
    await (await openDatabase(file)).close()
    expect(await applicationIdOf(file)).toBe(APPLICATION_ID)
    expect(await fileOwnership(file)).toBe('ours')
  })

  it('a database from before the application id is recognised by its tables and marked on opening', async () => {
    const file = join(folder, 'ancienne.sqlite')
    const index = MIGRATIONS.findIndex((migration) => migration.name === '0050-set-application-id')
    await (await openDatabase(file, { migrations: MIGRATIONS.slice(0, index) })).close()
    expect(await applicationIdOf(file)).toBe(0)
    expect(await fileOwnership(file)).toBe('ours')
    await (await openDatabase(file)).close()
    expect(await applicationIdOf(file)).toBe(APPLICATION_ID)
  })

  it.each([
    ['without an application id', 0],
    ['with its own application id', 0x12345678]
  ])(
    '--db on another program’s SQLite file (%s) is refused in French and the file is left byte for byte',
    async (_label, applicationId) => {
      const file = join(folder, 'photos.sqlite')
      await foreignDatabase(file, applicationId)
      const before = fileSha256(file)
      const run = await runCliCaptured(['--db', file, 'partners', 'list'])
      expect(run.code).toBe(1)
      expect(run.err).toMatch(/base SQLite d'un autre programme, pas une base Alliance Conventions/)
      expect(run.err).not.toMatch(/SQLITE|Error/)
      expect(fileSha256(file)).toBe(before)
      expect(existsSync(`${file}-wal`)).toBe(false)
      const check = await runCliCaptured(['--db', file, 'check'])
      expect(check.code).toBe(1)
      expect(check.err).toMatch(/autre programme/)
    }
  )

  it('--db on a file that is no database at all is refused in French and left as it was', async () => {
    const file = join(folder, 'notes.txt')
    writeFileSync(file, 'Compte rendu du comité de suivi\n'.repeat(20))
    const run = await runCliCaptured(['--db', file, 'agreements', 'list'])
    expect(run.code).toBe(1)
    expect(run.err).toMatch(/endommagé ou n'est pas une base Alliance Conventions/)
    expect(readFileSync(file, 'utf8')).toBe('Compte rendu du comité de suivi\n'.repeat(20))
  })

  it('--db on a path that does not exist yet creates a new database there', async () => {
    const file = join(folder, 'nouvelle.sqlite')
    expect((await runCliCaptured(['--db', file, 'partners', 'list'])).code).toBe(0)
    expect(await applicationIdOf(file)).toBe(APPLICATION_ID)
  })
})

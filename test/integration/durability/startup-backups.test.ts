import { rmSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { MIGRATIONS } from '../../../src-main/db/migrations'
import { openDatabase } from '../../../src-main/db/open-database'
import { backupsFolderFor, listBackups } from '../../../src-main/services/backup/backup.service'
import { openAtStartup } from '../../../src-main/services/backup/startup'
import { makeTempFolder } from '../../support/temp-database'

describe('backups taken at start-up', () => {
  let folder: string
  let file: string
  beforeEach(() => {
    folder = makeTempFolder()
    file = join(folder, 'alliance-conventions.sqlite')
  })
  afterEach(() => rmSync(folder, { recursive: true, force: true }))

  async function start(now: Date) {
    const outcome = await openAtStartup({
      databasePath: file,
      backupsFolder: backupsFolderFor(file),
      now: () => now
    })
    if (outcome.kind !== 'ready') throw new Error(`not ready: ${outcome.problems.join()}`)
    await outcome.database.close()
    return outcome
  }

  it('takes a daily backup when the last one is more than a day old, not at every start', async () => {
    const monday = new Date('2026-11-23T08:00:00Z')
    expect((await start(monday)).dailyBackup?.reason).toBe('daily')
    expect((await start(new Date('2026-11-23T17:00:00Z'))).dailyBackup).toBeNull()
    expect((await start(new Date('2026-11-24T08:30:00Z'))).dailyBackup?.createdAt).toBe(
      '2026-11-24T08:30:00.000Z'
    )
    expect(await listBackups(backupsFolderFor(file))).toHaveLength(2)
  })

  it('snapshots an existing database before migrating it, at its old schema version', async () => {
    const old = await openDatabase(file, { migrations: MIGRATIONS.slice(0, 2) })
    await old.close()
    await start(new Date('2026-11-23T08:00:00Z'))
    const reasons = (await listBackups(backupsFolderFor(file))).map((backup) => backup.reason)
    expect(reasons).toContain('pre-migration')
    const [snapshot] = (await listBackups(backupsFolderFor(file))).filter(
      (backup) => backup.reason === 'pre-migration'
    )
    const reopened = await openDatabase(join(backupsFolderFor(file), snapshot?.name ?? ''), {
      migrations: MIGRATIONS.slice(0, 2)
    })
    expect(reopened.migration.fromVersion).toBe(2)
    await reopened.close()
  })
})

import { closeSync, openSync, rmSync, statSync, truncateSync, writeSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { checkDatabaseFile } from '../../../src-main/db/database-health'
import { openDatabase } from '../../../src-main/db/open-database'
import { backupsFolderFor, createBackupFile } from '../../../src-main/services/backup/backup.service'
import { openAtStartup, restoreClosedDatabase } from '../../../src-main/services/backup/startup'
import { createAppServices } from '../../../src-main/services/app-services'
import { partnerWithContact } from '../../support/durability-fixtures'
import { makeTempFolder } from '../../support/temp-database'

/** A closed database with 40 partners (enough pages to damage some in the middle) and one backup of it. */
async function databaseWithBackup(file: string): Promise<void> {
  const opened = await openDatabase(file)
  const services = createAppServices({ db: opened.db, databasePath: file, version: 't' })
  for (let index = 0; index < 40; index += 1) {
    await services.partners.create({
      ...partnerWithContact(`Structure ${index} ${'x'.repeat(150)}`, `c${index}@exemple.fr`),
      addressLine: 'y'.repeat(190)
    })
  }
  await createBackupFile(file, backupsFolderFor(file), 'daily', new Date())
  await opened.close()
}

function overwrite(file: string, offset: number, bytes: Buffer): void {
  const fd = openSync(file, 'r+')
  writeSync(fd, bytes, 0, bytes.length, offset)
  closeSync(fd)
}

describe('a damaged database is detected at start-up and the latest good backup offered', () => {
  let folder: string
  let file: string
  beforeEach(async () => {
    folder = makeTempFolder()
    file = join(folder, 'alliance-conventions.sqlite')
    await databaseWithBackup(file)
  })
  afterEach(() => rmSync(folder, { recursive: true, force: true }))

  const damages: Array<[string, () => void]> = [
    ['a damaged header', () => overwrite(file, 0, Buffer.from('garbage garbage garbage'))],
    ['damaged pages', () => overwrite(file, 4096 * 3, Buffer.alloc(4096 * 4, 0xa5))],
    ['a truncated file', () => truncateSync(file, Math.floor(statSync(file).size / 2))],
    ['a file emptied to zero bytes', () => truncateSync(file, 0)]
  ]

  it.each(damages)('%s', async (_label, damage) => {
    damage()
    const outcome = await openAtStartup({ databasePath: file, backupsFolder: backupsFolderFor(file) })
    expect(outcome.kind).toBe('damaged')
    if (outcome.kind !== 'damaged') return
    expect(outcome.problems.join(' ')).toMatch(/endommagé|tronqué|ne peut pas lire/)
    expect(outcome.latestGoodBackup?.reason).toBe('daily')

    // Nothing was created over the damaged file: it is still the damaged one.
    expect((await checkDatabaseFile(file, 'full')).ok).toBe(false)

    const { setAside } = await restoreClosedDatabase(
      file,
      join(backupsFolderFor(file), outcome.latestGoodBackup?.name ?? ''),
      backupsFolderFor(file)
    )
    expect(setAside).not.toBeNull()
    const restarted = await openAtStartup({ databasePath: file, backupsFolder: backupsFolderFor(file) })
    expect(restarted.kind).toBe('ready')
    if (restarted.kind !== 'ready') return
    const services = createAppServices({ db: restarted.database.db, databasePath: file, version: 't' })
    expect(await services.partners.list()).toHaveLength(40)
    await restarted.database.close()
  })

  it('passes the check on an intact database, whose file is left as it was', async () => {
    expect(await checkDatabaseFile(file, 'full')).toEqual({ ok: true, problems: [] })
    const outcome = await openAtStartup({ databasePath: file, backupsFolder: backupsFolderFor(file) })
    expect(outcome.kind).toBe('ready')
    if (outcome.kind === 'ready') await outcome.database.close()
  })
})

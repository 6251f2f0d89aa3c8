import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { checkDatabaseFile } from '../../../src-main/db/database-health'
import { databaseFingerprint } from '../../support/database-fingerprint'
import { partnerWithContact } from '../../support/durability-fixtures'
import { openTempDatabase, type TempDatabase } from '../../support/temp-database'

describe('backups: create, list, restore', () => {
  let database: TempDatabase
  beforeEach(async () => {
    database = await openTempDatabase()
  })
  afterEach(async () => {
    await database.dispose()
  })

  it('restores a backup in place: same row counts and same content fingerprint, current state kept aside', async () => {
    const { services } = database
    await services.partners.create(partnerWithContact('Recyclerie du Médoc', 'camille@recyclerie.fr'))
    await services.partners.create(partnerWithContact('Épicerie solidaire de Pessac', 'contact@epicerie.fr'))
    const before = await databaseFingerprint(database.db)
    const backup = await services.backups.create()
    expect((await checkDatabaseFile(services.backups.pathOf(backup), 'full')).ok).toBe(true)

    await services.partners.create(partnerWithContact('Structure ajoutée après', 'apres@exemple.fr'))
    const changed = await databaseFingerprint(database.db)
    expect(changed.counts['partners']).toBe(3)

    const outcome = await services.backups.restore(backup.name)
    const after = await databaseFingerprint(database.db)
    expect(after.counts).toEqual(before.counts)
    expect(after.sha256).toBe(before.sha256)
    expect((await services.partners.list()).map((partner) => partner.name)).not.toContain(
      'Structure ajoutée après'
    )

    // The state just before the restore is itself a backup: restoring it undoes the restore.
    expect(outcome.safetyBackup.reason).toBe('pre-restore')
    await services.backups.restore(outcome.safetyBackup.name)
    expect((await databaseFingerprint(database.db)).sha256).toBe(changed.sha256)
    expect((await checkDatabaseFile(database.file, 'full')).ok).toBe(true)
  })

  it('lists backups newest first with their reason and size, and keeps no staging file', async () => {
    const first = await database.services.backups.create()
    await new Promise((resolve) => setTimeout(resolve, 5))
    const second = await database.services.backups.create()
    const listed = await database.services.backups.list()
    expect(listed.map((backup) => backup.name)).toEqual([second.name, first.name])
    expect(listed[0]).toMatchObject({ reason: 'manual', sizeBytes: expect.any(Number) })
    expect(listed[0]?.sizeBytes).toBeGreaterThan(4096)
    expect(readdirSync(database.services.backups.folder).filter((name) => name.includes('partial'))).toEqual(
      []
    )
  })

  it('refuses to restore a name that is not one of its backups', async () => {
    await expect(
      database.services.backups.restore('alliance-conventions-20260101T000000000Z-manual.sqlite')
    ).rejects.toMatchObject({
      code: 'NOT_FOUND'
    })
  })

  it('writes a backup where asked with --out semantics, outside the rotated folder', async () => {
    const target = join(database.folder, 'copie.sqlite')
    await database.services.backups.exportTo(target)
    expect((await checkDatabaseFile(target, 'full')).ok).toBe(true)
    expect(existsSync(database.services.backups.folder)).toBe(false)
  })
})

import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { unwrap } from '../../../src-renderer/src/api/client'
import type { Api } from '../../../src-main/shared/ipc/api'
import { partnerWithContact } from '../../support/durability-fixtures'
import { inProcessApi } from '../../support/in-process-api'
import { openTempDatabase, type TempDatabase } from '../../support/temp-database'

describe('backup and erasure channels', () => {
  let database: TempDatabase
  let api: Api
  beforeEach(async () => {
    database = await openTempDatabase()
    api = inProcessApi(database.services).api
  })
  afterEach(async () => {
    await database.dispose()
  })

  it('creates, lists and restores a backup through the contract', async () => {
    const partner = await unwrap(api.partners.create(partnerWithContact('Avant', 'a@exemple.fr')))
    const backup = await unwrap(api.backups.create({}))
    await unwrap(api.partners.setArchived({ id: partner.id, archived: true }))
    expect((await unwrap(api.backups.list({}))).map((entry) => entry.name)).toEqual([backup.name])
    const outcome = await unwrap(api.backups.restore({ name: backup.name }))
    expect(outcome.restored.name).toBe(backup.name)
    expect((await unwrap(api.partners.get({ id: partner.id }))).archived).toBe(false)
  })

  it('erases a contact and lists the backups that still hold it', async () => {
    const partner = await unwrap(api.partners.create(partnerWithContact('Structure', 'effacer@exemple.fr')))
    const backup = await unwrap(api.backups.create({}))
    const outcome = await unwrap(api.partners.eraseContact({ contactId: partner.contacts[0]?.id ?? 0 }))
    expect(outcome.backupsStillHolding.map((entry) => entry.name)).toEqual([backup.name])
    expect(await api.partners.eraseContact({ contactId: -1 })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' }
    })
  })
})

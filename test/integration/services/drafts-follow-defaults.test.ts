import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { DEFAULT_SETTINGS, type LaPosteParty } from '../../../src-main/shared/schemas/settings.schema'
import { readyAgreement } from '../../support/document-fixtures'
import { seedNeedAndPartner } from '../../support/agreement-fixtures'
import { inProcessApi } from '../../support/in-process-api'
import { openTempDatabase, type TempDatabase } from '../../support/temp-database'

const party = (name: string, title: string): LaPosteParty => ({
  ...DEFAULT_SETTINGS.laPosteParty,
  defaultSignatoryName: name,
  defaultSignatoryTitle: title
})

describe('drafts pick up the default La Poste signatory until they are changed', () => {
  let database: TempDatabase
  beforeEach(async () => {
    database = await openTempDatabase()
  })
  afterEach(async () => {
    await database.dispose()
  })

  async function newDraft() {
    const { services } = database
    const { need, partner } = await seedNeedAndPartner(services, {
      siret: '',
      name: `Structure ${Math.random()}`
    })
    return (await services.agreements.create({ needId: need.id, partnerId: partner.id })).agreement.id
  }
  const signatoryOf = async (id: number) =>
    (await database.services.agreements.get(id)).agreement.laPosteSignatory

  it('fills a draft made before Settings once the coordinator fills them in (first run, Settings later)', async () => {
    const id = await newDraft()
    expect(await signatoryOf(id)).toEqual({ name: '', title: '' })
    const check = async () =>
      (await database.services.agreements.get(id)).check.problems.map((problem) => problem.field)
    expect(await check()).toContain('laPosteSignatory.name')

    await database.services.settings.update({ laPosteParty: party('Paul Durand', 'Directeur régional') })
    expect(await signatoryOf(id)).toEqual({ name: 'Paul Durand', title: 'Directeur régional' })
    expect(await check()).not.toContain('laPosteSignatory.name')
  })

  it('follows a later change of the default, but keeps a signatory the coordinator typed in the draft', async () => {
    await database.services.settings.update({ laPosteParty: party('Paul Durand', 'Directeur régional') })
    const following = await newDraft()
    const typed = await newDraft()
    await database.services.agreements.saveDraft({
      id: typed,
      changes: { laPosteSignatory: { name: 'Inès Garcia', title: 'Directrice déléguée' } }
    })

    await database.services.settings.update({ laPosteParty: party('Sophie Leroy', 'Directrice régionale') })
    expect(await signatoryOf(following)).toEqual({ name: 'Sophie Leroy', title: 'Directrice régionale' })
    expect(await signatoryOf(typed)).toEqual({ name: 'Inès Garcia', title: 'Directrice déléguée' })
  })

  it('never changes a convention past the draft, whose text may already be signed', async () => {
    await database.services.settings.update({ laPosteParty: party('Claire Martin', 'Directrice régionale') })
    const ready = await readyAgreement(database.services, 'economic-cooperation')
    const before = ready.laPosteSignatory
    await database.services.settings.update({ laPosteParty: party('Sophie Leroy', 'Directrice régionale') })
    expect((await database.services.agreements.get(ready.id)).agreement.laPosteSignatory).toEqual(before)
  })

  it('applies through the IPC border too (Réglages in the app)', async () => {
    const id = await newDraft()
    const { api } = inProcessApi(database.services)
    const reply = await api.settings.update({ laPosteParty: party('Paul Durand', 'Directeur régional') })
    expect(reply.ok).toBe(true)
    expect(await signatoryOf(id)).toEqual({ name: 'Paul Durand', title: 'Directeur régional' })
  })
})

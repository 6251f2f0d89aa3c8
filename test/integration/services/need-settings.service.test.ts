import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { DEFAULT_SETTINGS } from '../../../src-main/shared/schemas/settings.schema'
import { inProcessApi } from '../../support/in-process-api'
import { openTempDatabase, type TempDatabase } from '../../support/temp-database'

describe('needs, settings and reference lists', () => {
  let database: TempDatabase
  beforeEach(async () => {
    database = await openTempDatabase()
  })
  afterEach(async () => {
    await database.dispose()
  })

  const needInput = {
    title: 'Inclusion numérique à Mont-de-Marsan',
    description: 'Démarches en ligne',
    communes: [
      { postalCode: '40000', name: 'mont de marsan' },
      { postalCode: '40000', name: 'Mont-de-Marsan' }
    ],
    targetPublic: 'Seniors',
    peopleReached: 250,
    domainId: null,
    identifiedBy: 'Bureau de poste'
  }

  it('records a need with its communes resolved against the official list, once each', async () => {
    const reference = await database.services.reference.get()
    const domain = reference.actionDomains.find((candidate) => candidate.code === 'digital-inclusion')
    const need = await database.services.needs.create({ ...needInput, domainId: domain?.id ?? null })
    expect(need).toMatchObject({
      title: 'Inclusion numérique à Mont-de-Marsan',
      communes: [{ code: '40192', name: 'Mont-de-Marsan', postalCode: '40000', department: '40' }],
      domainLabel: 'Inclusion numérique',
      engagement: 'ethical-digital',
      agreementCount: 0
    })
    expect(
      (await database.services.needs.list({ search: 'numerique seniors' })).map((row) => row.id)
    ).toEqual([need.id])
    const updated = await database.services.needs.update(need.id, {
      ...needInput,
      title: 'Inclusion numérique (Landes)',
      communes: []
    })
    expect(updated).toMatchObject({ title: 'Inclusion numérique (Landes)', communes: [] })
    await database.services.needs.remove(need.id)
    await expect(database.services.needs.get(need.id)).rejects.toMatchObject({ code: 'NOT_FOUND' })
  })

  it('refuses a commune that does not match its postal code, and writes nothing', async () => {
    await expect(
      database.services.needs.create({ ...needInput, communes: [{ postalCode: '33000', name: 'Pessac' }] })
    ).rejects.toMatchObject({
      code: 'VALIDATION',
      fieldErrors: { 'communes.0': expect.stringContaining('Pessac') }
    })
    const { api } = inProcessApi(database.services)
    const shortTitle = await api.needs.create({ ...needInput, title: 'x' })
    expect(shortTitle.ok ? null : shortTitle.error).toMatchObject({
      fieldErrors: { title: expect.stringContaining('titre') }
    })
    expect(await database.services.needs.list()).toEqual([])
  })

  it('keeps the coordinator profile and La Poste party, with defaults before the first save', async () => {
    expect(await database.services.settings.get()).toEqual(DEFAULT_SETTINGS)
    const coordinator = {
      name: 'Claire Martin',
      email: 'claire.martin@laposte.example',
      region: 'Nouvelle-Aquitaine',
      department: '2a'
    }
    const saved = await database.services.settings.update({ coordinator })
    expect(saved.coordinator.department).toBe('2A')
    expect(saved.laPosteParty).toEqual(DEFAULT_SETTINGS.laPosteParty)
    const { api } = inProcessApi(database.services)
    const refused = await api.settings.update({
      coordinator: { ...coordinator, department: '99', email: 'pas-un-email' }
    })
    expect(refused.ok ? null : refused.error).toMatchObject({
      fieldErrors: { 'coordinator.department': expect.any(String), 'coordinator.email': expect.any(String) }
    })
    expect((await database.services.settings.get()).coordinator.name).toBe('Claire Martin')
  })

  it('adds, renames and archives action domains and head networks', async () => {
    let reference = await database.services.reference.addDomain({
      label: 'Culture et lien social',
      engagement: 'social-inclusion'
    })
    const added = reference.actionDomains.find((domain) => domain.label === 'Culture et lien social')
    expect(added).toMatchObject({ engagement: 'social-inclusion', archived: false })
    await expect(
      database.services.reference.addDomain({ label: 'culture et LIEN social', engagement: 'territories' })
    ).rejects.toMatchObject({
      code: 'CONFLICT'
    })
    reference = await database.services.reference.updateDomain(added?.id ?? 0, {
      label: 'Culture',
      engagement: 'territories'
    })
    reference = await database.services.reference.setDomainArchived(added?.id ?? 0, true)
    expect(reference.actionDomains.find((domain) => domain.id === added?.id)).toMatchObject({
      label: 'Culture',
      archived: true
    })

    reference = await database.services.reference.addHeadNetwork({ name: 'Restos du Cœur', acronym: 'RDC' })
    const network = reference.headNetworks.find((candidate) => candidate.acronym === 'RDC')
    reference = await database.services.reference.updateHeadNetwork(network?.id ?? 0, {
      name: 'Les Restos du Cœur',
      acronym: ''
    })
    reference = await database.services.reference.setHeadNetworkArchived(network?.id ?? 0, true)
    expect(reference.headNetworks.find((candidate) => candidate.id === network?.id)).toMatchObject({
      name: 'Les Restos du Cœur',
      acronym: null,
      archived: true
    })
    await expect(database.services.reference.setHeadNetworkArchived(9999, true)).rejects.toMatchObject({
      code: 'NOT_FOUND'
    })
  })
})

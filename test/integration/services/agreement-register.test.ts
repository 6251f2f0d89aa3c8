import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seedBulkAgreements } from '../../../src-main/services/demo/demo-bulk-agreements'
import { seedDemoData } from '../../../src-main/services/demo/demo.service'
import { openTempDatabase, type TempDatabase } from '../../support/temp-database'

describe('agreements register', () => {
  let database: TempDatabase
  const search = (query: Record<string, unknown>) => database.services.agreements.search(query)
  beforeAll(async () => {
    database = await openTempDatabase()
    await seedDemoData(database.db, database.services)
  })
  afterAll(async () => {
    await database.dispose()
  })

  it('finds agreements by words of the title, partner, need or commune, accents and case ignored', async () => {
    const titles = async (text: string) =>
      (await search({ search: text })).rows.map((row) => row.title).sort()
    expect(await titles('relais sauveterre')).toEqual([
      'Premier Relais Poste de l’Épicerie du Bourg',
      'Relais Poste ESS de Sauveterre-de-Béarn'
    ])
    expect(await titles('ess bearn')).toEqual(['Relais Poste ESS de Sauveterre-de-Béarn'])
    expect(await titles('ÉPICERIE')).toEqual([
      'Premier Relais Poste de l’Épicerie du Bourg',
      'Relais Poste ESS de Sauveterre-de-Béarn'
    ])
    expect(await titles('mont-de-marsan')).toHaveLength(3)
    expect(await titles('banq alim')).toEqual([
      'Don à la Banque alimentaire de la Gironde',
      'Mécénat de compétences – collecte nationale'
    ])
    expect(await titles('"OR NEAR(')).toEqual([])
  })

  it('finds an agreement by its reference', async () => {
    const [first] = (await search({ sort: 'reference', limit: 1 })).rows
    const found = await search({ search: first?.reference ?? '' })
    expect(found.rows.map((row) => row.reference)).toEqual([first?.reference])
  })

  it('filters by type, status, domain, head network and year', async () => {
    const reference = await database.services.reference.get()
    const ffba = reference.headNetworks.find((network) => network.acronym === 'FFBA')
    const homeCare = reference.actionDomains.find((domain) => domain.code === 'home-care')
    expect((await search({ type: 'patronage' })).total).toBe(4)
    expect((await search({ status: 'ended' })).rows.map((row) => row.status)).toEqual(['ended', 'ended'])
    expect(
      (await search({ headNetworkId: ffba?.id })).rows.every(
        (row) => row.partnerName === 'Banque alimentaire de la Gironde'
      )
    ).toBe(true)
    expect((await search({ domainId: homeCare?.id })).total).toBe(2)
    expect((await search({ year: new Date().getFullYear() })).total).toBe(14)
    expect((await search({ year: 2001 })).total).toBe(0)
    expect((await search({ type: 'patronage', status: 'signed', search: 'emmaus' })).rows).toHaveLength(1)
  })

  it('flags agreements ending within 60 days', async () => {
    const soon = await search({ endingSoon: true })
    expect(soon.rows.map((row) => row.title)).toEqual(['Ateliers repas et lien social – ADMR Vallée du Lot'])
    expect(soon.rows[0]?.endingSoon).toBe(true)
  })

  it('pages and sorts a large register with the total count', async () => {
    await seedBulkAgreements(database.db, 1000, new Date())
    const firstPage = await search({ sort: 'reference', limit: 50 })
    const secondPage = await search({ sort: 'reference', limit: 50, offset: 50 })
    expect(firstPage.total).toBe(1014)
    expect(firstPage.rows).toHaveLength(50)
    const references = [...firstPage.rows, ...secondPage.rows].map((row) => row.reference)
    expect(references).toEqual([...references].sort())
    expect(new Set(references).size).toBe(100)
    const byEndDesc = await search({ sort: 'endDate', direction: 'desc', limit: 3 })
    expect(byEndDesc.rows.map((row) => row.endDate)).toEqual(
      [...byEndDesc.rows.map((row) => row.endDate)].sort().reverse()
    )
  })
})

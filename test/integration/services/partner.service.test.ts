import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { emptyPartnerInput, type PartnerInput } from '../../../src-main/shared/schemas/partner.schema'
import { inProcessApi } from '../../support/in-process-api'
import { openTempDatabase, type TempDatabase } from '../../support/temp-database'

function partner(overrides: Partial<PartnerInput> = {}): PartnerInput {
  return {
    ...emptyPartnerInput(),
    name: 'Banque alimentaire de la Gironde',
    siret: '33456789800013',
    rna: 'W332004567',
    postalCode: '33520',
    commune: 'Bruges',
    generalInterest: true,
    contacts: [
      {
        name: 'Bernard Lafitte',
        role: 'Président',
        email: 'B.Lafitte@ba33.example.org',
        phone: '05 56 12 34 56',
        maySign: true
      }
    ],
    ...overrides
  }
}

describe('partner service', () => {
  let database: TempDatabase
  beforeEach(async () => {
    database = await openTempDatabase()
  })
  afterEach(async () => {
    await database.dispose()
  })

  it('creates a partner with its contacts and reads it back', async () => {
    const created = await database.services.partners.create(partner())
    const read = await database.services.partners.get(created.id)
    expect(read).toMatchObject({
      name: 'Banque alimentaire de la Gironde',
      siret: '33456789800013',
      commune: 'Bruges',
      communeCode: '33075',
      generalInterest: true,
      archived: false
    })
    expect(read.contacts).toEqual([
      expect.objectContaining({
        name: 'Bernard Lafitte',
        email: 'b.lafitte@ba33.example.org',
        phone: '0556123456',
        maySign: true
      })
    ])
  })

  it('stores the official spelling of a commune typed loosely', async () => {
    const created = await database.services.partners.create(
      partner({ siret: '', postalCode: '47300', commune: 'villeneuve sur lot' })
    )
    expect(created.commune).toBe('Villeneuve-sur-Lot')
  })

  it('refuses a second structure with the same SIRET, naming the first', async () => {
    await database.services.partners.create(partner())
    await expect(
      database.services.partners.create(partner({ name: 'Autre structure' }))
    ).rejects.toMatchObject({
      code: 'CONFLICT',
      message: expect.stringContaining('Banque alimentaire de la Gironde'),
      fieldErrors: { siret: expect.stringContaining('Banque alimentaire de la Gironde') }
    })
    expect(await database.services.partners.list()).toHaveLength(1)
  })

  it('refuses a commune that does not match the postal code, and writes nothing', async () => {
    await expect(
      database.services.partners.create(partner({ postalCode: '33000', commune: 'Pessac' }))
    ).rejects.toMatchObject({
      code: 'VALIDATION',
      fieldErrors: { commune: expect.stringContaining('Bordeaux') }
    })
    await expect(
      database.services.partners.create(partner({ postalCode: '99999', commune: 'Nulle-part' }))
    ).rejects.toMatchObject({
      fieldErrors: { postalCode: expect.stringContaining('99999') }
    })
    expect(await database.services.partners.list()).toEqual([])
  })

  it('reports every invalid field in French, at the border, before the service is called', async () => {
    const { api } = inProcessApi(database.services)
    const reply = await api.partners.create(
      partner({
        siret: '33456789800014',
        rna: 'W12',
        contacts: [{ name: 'X', role: '', email: 'pas-un-email', phone: '12', maySign: false }]
      })
    )
    expect(reply).toMatchObject({ ok: false })
    expect(reply.ok ? null : reply.error).toMatchObject({
      code: 'VALIDATION',
      fieldErrors: {
        siret: 'Ce SIRET est invalide (clé de contrôle incorrecte).',
        rna: expect.stringContaining('W'),
        'contacts.0.email': expect.stringContaining('e-mail'),
        'contacts.0.phone': expect.stringContaining('téléphone')
      }
    })
  })

  it('edits a partner, keeping the identity of contacts that stay', async () => {
    const created = await database.services.partners.create(partner())
    const [contact] = created.contacts
    const updated = await database.services.partners.update(created.id, {
      ...partner({ name: 'Banque alimentaire de Gironde (BA33)' }),
      contacts: [
        { id: contact?.id, name: 'Bernard Lafitte', role: 'Président', email: '', phone: '', maySign: true },
        { name: 'Sophie Arnaud', role: 'Logistique', email: '', phone: '', maySign: false }
      ]
    })
    expect(updated.name).toBe('Banque alimentaire de Gironde (BA33)')
    expect(updated.contacts.map((c) => c.name)).toEqual(['Bernard Lafitte', 'Sophie Arnaud'])
    expect(updated.contacts[0]?.id).toBe(contact?.id)
  })

  it('allows keeping its own SIRET on edit but not taking another partner’s', async () => {
    const first = await database.services.partners.create(partner())
    const second = await database.services.partners.create(
      partner({
        name: 'ESAT Les Ateliers du Médoc',
        legalForm: 'association-1901',
        statuses: ['esat'],
        managingBodyName: 'Association Les Papillons blancs du Médoc',
        rna: '',
        siret: '33210987500010',
        postalCode: '33250',
        commune: 'Pauillac'
      })
    )
    await expect(database.services.partners.update(first.id, partner())).resolves.toMatchObject({
      id: first.id
    })
    await expect(
      database.services.partners.update(
        second.id,
        partner({
          statuses: ['esat'],
          managingBodyName: 'Association Les Papillons blancs du Médoc',
          rna: '',
          siret: '33456789800013'
        })
      )
    ).rejects.toMatchObject({ code: 'CONFLICT' })
  })

  it('finds partners by any word of name or commune, ignoring accents and case', async () => {
    await database.services.partners.create(partner())
    await database.services.partners.create(
      partner({
        name: 'ESAT Les Ateliers du Médoc',
        legalForm: 'association-1901',
        statuses: ['esat'],
        managingBodyName: 'Association Les Papillons blancs du Médoc',
        rna: '',
        siret: '33210987500010',
        postalCode: '33250',
        commune: 'Pauillac'
      })
    )
    expect((await database.services.partners.list({ search: 'medoc' })).map((p) => p.name)).toEqual([
      'ESAT Les Ateliers du Médoc'
    ])
    expect((await database.services.partners.list({ search: 'BRUGES banque' })).map((p) => p.name)).toEqual([
      'Banque alimentaire de la Gironde'
    ])
    expect(await database.services.partners.list({ search: '100%_' })).toEqual([])
  })

  it('archives without deleting: hidden from the list, still readable, restorable', async () => {
    const created = await database.services.partners.create(partner())
    await database.services.partners.setArchived(created.id, true)
    expect(await database.services.partners.list()).toEqual([])
    expect(await database.services.partners.list({ includeArchived: true })).toHaveLength(1)
    expect((await database.services.partners.get(created.id)).archived).toBe(true)
    await database.services.partners.setArchived(created.id, false)
    expect(await database.services.partners.list()).toHaveLength(1)
  })

  it('answers NOT_FOUND for an unknown partner', async () => {
    await expect(database.services.partners.get(999)).rejects.toMatchObject({ code: 'NOT_FOUND' })
  })
})

import type { AgreementStatus } from '../../../src-main/shared/domain/agreement'
import { emptyNeedInput } from '../../../src-main/shared/schemas/need.schema'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openDatabase } from '../../../src-main/db/open-database'
import { createAppServices } from '../../../src-main/services/app-services'
import {
  bankPartner,
  completeChanges,
  completeTerms,
  seedNeedAndPartner
} from '../../support/agreement-fixtures'
import { openTempDatabase, type TempDatabase } from '../../support/temp-database'

describe('agreement service', () => {
  let database: TempDatabase
  let seed: Awaited<ReturnType<typeof seedNeedAndPartner>>
  beforeEach(async () => {
    database = await openTempDatabase()
    seed = await seedNeedAndPartner(database.services)
  })
  afterEach(async () => {
    await database.dispose()
  })

  const create = () =>
    database.services.agreements.create({ needId: seed.need.id, partnerId: seed.partner.id })

  it('creates a draft prefilled from the need, the partner and Settings, with a reference of the need’s department', async () => {
    await database.services.settings.update({
      laPosteParty: {
        legalName: 'La Poste',
        address: 'Paris',
        registration: 'RCS Paris 356 000 000',
        regionalDirection: 'Nouvelle-Aquitaine',
        defaultSignatoryName: 'Claire Martin',
        defaultSignatoryTitle: 'Directrice régionale'
      }
    })
    const { agreement, check } = await create()
    const year = new Date().getFullYear()
    expect(agreement).toMatchObject({
      reference: `AD-${year}-33-0001`,
      status: 'draft',
      version: 1,
      wizardStep: 3,
      title: 'Aide alimentaire en zone rurale – Banque alimentaire de la Gironde',
      partnerName: 'Banque alimentaire de la Gironde',
      needTitle: 'Aide alimentaire en zone rurale',
      route: 'direct',
      domainIds: [seed.domainId],
      laPosteSignatory: { name: 'Claire Martin', title: 'Directrice régionale' },
      partnerSignatoryContactId: seed.signatoryId,
      place: 'Bruges',
      durationMonths: 12
    })
    expect(check.problems.map((problem) => problem.code)).toContain('type-missing')
    const second = await create()
    expect(second.agreement.reference).toBe(`AD-${year}-33-0002`)
  })

  it('numbers with the coordinator’s department when neither the need nor the partner has a commune', async () => {
    const { services } = database
    const partner = await services.partners.create(
      bankPartner({ siret: '', rna: '', postalCode: '', commune: '' })
    )
    const need = await services.needs.create({ ...emptyNeedInput(), title: 'Besoin sans territoire' })
    await expect(
      services.agreements.create({ needId: need.id, partnerId: partner.id })
    ).rejects.toMatchObject({
      code: 'VALIDATION',
      message: expect.stringContaining('département')
    })
    await services.settings.update({
      coordinator: { name: 'Claire Martin', email: '', region: '', department: '64' }
    })
    const { agreement } = await services.agreements.create({ needId: need.id, partnerId: partner.id })
    expect(agreement.reference).toMatch(/^AD-\d{4}-64-0001$/)
  })

  it('never hands out the same reference, even to 40 creations at once', async () => {
    const created = await Promise.all(Array.from({ length: 40 }, () => create()))
    const references = created.map((view) => view.agreement.reference)
    expect(new Set(references).size).toBe(40)
    expect(references.map((reference) => Number(reference.slice(-4))).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 40 }, (_, index) => index + 1)
    )
  })

  it('keeps references unique when two connections (the app and the CLI) create at the same time', async () => {
    const other = await openDatabase(database.file)
    try {
      const otherServices = createAppServices({ db: other.db, databasePath: database.file, version: 'test' })
      const input = { needId: seed.need.id, partnerId: seed.partner.id }
      const created = await Promise.all(
        Array.from({ length: 30 }, (_, index) =>
          (index % 2 === 0 ? database.services : otherServices).agreements.create(input)
        )
      )
      expect(new Set(created.map((view) => view.agreement.reference)).size).toBe(30)
    } finally {
      await other.close()
    }
  })

  it('autosaves partial drafts, keeps what was not sent, and reopens at the saved step', async () => {
    const { agreement } = await create()
    await database.services.agreements.saveDraft({
      id: agreement.id,
      step: 4,
      changes: { type: 'patronage' }
    })
    const saved = await database.services.agreements.saveDraft({
      id: agreement.id,
      step: 4,
      changes: {
        terms: {
          ...completeTerms('patronage'),
          counterparts: [{ description: 'Logo sur le camion', valueCents: 200_000 }]
        }
      }
    })
    expect(saved.check.problems.map((problem) => problem.code)).toContain('counterparts-over-25-percent')
    for (const title of ['Collecte', 'Collecte solidaire', 'Collecte solidaire 2027'])
      await database.services.agreements.saveDraft({ id: agreement.id, changes: { title } })
    expect((await database.services.agreements.history(agreement.id)).map((entry) => entry.summary)).toEqual([
      'Convention créée (brouillon).',
      'Modifié : type de partenariat.'
    ])
    const reopened = await database.services.agreements.get(agreement.id)
    expect(reopened.agreement).toMatchObject({
      wizardStep: 4,
      type: 'patronage',
      title: 'Collecte solidaire 2027',
      terms: {
        nature: 'financial',
        amountCents: 500_000,
        counterparts: [{ description: 'Logo sur le camion', valueCents: 200_000 }]
      }
    })
  })

  it('starts blank terms when the type changes, and refuses terms of another type', async () => {
    const { agreement } = await create()
    const patronage = await database.services.agreements.saveDraft({
      id: agreement.id,
      changes: { type: 'patronage' }
    })
    expect(patronage.agreement.terms).toMatchObject({ type: 'patronage', nature: null })
    await expect(
      database.services.agreements.saveDraft({
        id: agreement.id,
        changes: { terms: completeTerms('social-innovation') }
      })
    ).rejects.toMatchObject({ code: 'VALIDATION', fieldErrors: { terms: expect.stringContaining('type') } })
  })

  it('reports each type’s rules as problems pointing to step 4', async () => {
    const { agreement } = await create()
    const cases = [
      [
        'social-innovation',
        { ...completeTerms('social-innovation'), evaluationPlan: '' },
        'evaluation-plan-missing'
      ],
      [
        'economic-cooperation',
        { ...completeTerms('economic-cooperation'), remunerationAmountCents: null },
        'remuneration-amount-missing'
      ],
      [
        'responsible-practices',
        { ...completeTerms('responsible-practices'), reservedMarket: true },
        'reserved-market-supplier'
      ]
    ] as const
    for (const [type, terms, code] of cases) {
      const { check } = await database.services.agreements.saveDraft({
        id: agreement.id,
        changes: { type, terms }
      })
      expect(check.problems).toContainEqual(expect.objectContaining({ code, step: 4, stepKey: 'modalites' }))
    }
  })

  it('refuses mécénat to a partner that is neither of general interest nor of public utility', async () => {
    const other = await seedNeedAndPartner(database.services, {
      siret: '',
      rna: '',
      name: 'Collectif sans statut',
      generalInterest: false
    })
    const { agreement } = await database.services.agreements.create({
      needId: other.need.id,
      partnerId: other.partner.id
    })
    const { check } = await database.services.agreements.saveDraft({
      id: agreement.id,
      changes: {
        ...completeChanges('patronage', other.signatoryId),
        terms: { ...completeTerms('patronage'), taxReceiptRequested: true }
      }
    })
    expect(check.problems).toEqual([
      expect.objectContaining({ code: 'patronage-beneficiary-not-eligible', field: 'partnerId', step: 2 })
    ])
    await expect(
      database.services.agreements.transition({ id: agreement.id, to: 'ready_for_signature' })
    ).rejects.toMatchObject({
      code: 'VALIDATION',
      fieldErrors: { partnerId: expect.stringContaining('intérêt général') }
    })
  })

  it('lets a complete draft through the status flow, locks it once signed, and writes every step to the history', async () => {
    const { agreement } = await create()
    const ready = await database.services.agreements.saveDraft({
      id: agreement.id,
      changes: {
        ...completeChanges('social-innovation', seed.signatoryId),
        startDate: '2020-01-01',
        durationMonths: 24
      }
    })
    expect(ready.check.problems).toEqual([])
    const transition = (to: AgreementStatus, reason?: string) =>
      database.services.agreements.transition({ id: agreement.id, to, ...(reason ? { reason } : {}) })
    await expect(transition('signed')).rejects.toMatchObject({ code: 'CONFLICT' })
    await transition('ready_for_signature')
    await expect(
      database.services.agreements.saveDraft({ id: agreement.id, changes: { title: 'Autre' } })
    ).rejects.toMatchObject({
      code: 'CONFLICT'
    })
    expect((await transition('draft')).agreement.version).toBe(2)
    await transition('ready_for_signature')
    await transition('signed')
    await expect(
      database.services.agreements.saveDraft({ id: agreement.id, changes: { title: 'Autre' } })
    ).rejects.toMatchObject({
      code: 'CONFLICT',
      message: expect.stringContaining('avenant')
    })
    await transition('active')
    await expect(transition('terminated')).rejects.toMatchObject({
      fieldErrors: { reason: expect.any(String) }
    })
    const ended = await transition('ended')
    expect(ended.agreement.status).toBe('ended')
    await expect(transition('active')).rejects.toMatchObject({ code: 'CONFLICT' })
    const history = await database.services.agreements.history(agreement.id)
    expect(history.filter((entry) => entry.kind === 'status').map((entry) => entry.summary)).toEqual([
      'Brouillon → Prête pour signature',
      'Prête pour signature → Brouillon',
      'Brouillon → Prête pour signature',
      'Prête pour signature → Signée',
      'Signée → En cours',
      'En cours → Terminée'
    ])
    expect(history[0]).toMatchObject({ kind: 'created' })
    expect(
      history.some((entry) => entry.kind === 'changed' && entry.summary.includes('type de partenariat'))
    ).toBe(true)
  })

  it('refuses to activate before the start date or to end before the end date', async () => {
    const { agreement } = await create()
    await database.services.agreements.saveDraft({
      id: agreement.id,
      changes: completeChanges('patronage', seed.signatoryId)
    })
    for (const to of ['ready_for_signature', 'signed'] as const)
      await database.services.agreements.transition({ id: agreement.id, to })
    await expect(
      database.services.agreements.transition({ id: agreement.id, to: 'active' })
    ).rejects.toMatchObject({
      message: expect.stringContaining('date de début')
    })
    const terminated = await database.services.agreements.transition({
      id: agreement.id,
      to: 'terminated',
      reason: 'Projet abandonné'
    })
    expect(terminated.agreement.status).toBe('terminated')
  })

  it('duplicates an agreement as a new draft with its own reference', async () => {
    const { agreement } = await create()
    await database.services.agreements.saveDraft({
      id: agreement.id,
      changes: completeChanges('economic-cooperation', seed.signatoryId)
    })
    const copy = await database.services.agreements.duplicate(agreement.id)
    expect(copy.agreement).toMatchObject({
      status: 'draft',
      type: 'economic-cooperation',
      title: `${agreement.title} (copie)`,
      startDate: null,
      terms: completeTerms('economic-cooperation'),
      benefitCodes: ['new-audiences']
    })
    expect(copy.agreement.reference).not.toBe(agreement.reference)
    expect((await database.services.agreements.history(copy.agreement.id))[0]?.summary).toContain(
      agreement.reference
    )
  })

  it('lists a need’s agreements and refuses to delete a need that has some', async () => {
    await create()
    expect(await database.services.needs.agreements(seed.need.id)).toHaveLength(1)
    await expect(database.services.needs.remove(seed.need.id)).rejects.toMatchObject({ code: 'CONFLICT' })
  })
})

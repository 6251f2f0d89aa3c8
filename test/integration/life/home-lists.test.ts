import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { AppServices } from '../../../src-main/services/app-services'
import type { HomeListKind, HomeLists } from '../../../src-main/shared/domain/home'
import { seedNeedAndPartner } from '../../support/agreement-fixtures'
import { amendRemuneration, readyAgreement } from '../../support/document-fixtures'
import { servicesAt, signedAgreement } from '../../support/life-fixtures'
import { openTempDatabase, type TempDatabase } from '../../support/temp-database'

const references = (home: HomeLists, kind: HomeListKind) =>
  home.lists.find((list) => list.kind === kind)?.items.map((item) => item.reference) ?? []
const item = (home: HomeLists, kind: HomeListKind, reference: string) =>
  home.lists.find((list) => list.kind === kind)?.items.find((entry) => entry.reference === reference)

describe('home page « À traiter »: each list, and each item gone once resolved', () => {
  let database: TempDatabase
  let clock: AppServices
  const refs: Record<string, string> = {}
  const ids: Record<string, number> = {}
  beforeAll(async () => {
    database = await openTempDatabase()
    const services = database.services
    const running = await signedAgreement(services, 'economic-cooperation')
    const reporting = await signedAgreement(services, 'social-innovation', {
      startDate: '2029-06-01',
      durationMonths: 24
    })
    const future = await signedAgreement(services, 'patronage', { startDate: '2031-03-01' })
    const finished = await signedAgreement(services, 'responsible-practices', { startDate: '2029-01-01' })
    const ready = await readyAgreement(services, 'social-innovation')
    const { need, partner } = await seedNeedAndPartner(services, { siret: '44012345300019', name: 'Autre' })
    const draft = await services.agreements.create({
      needId: need.id,
      partnerId: partner.id,
      type: 'patronage'
    })
    for (const [key, agreement] of Object.entries({
      running,
      reporting,
      future,
      finished,
      ready,
      draft: draft.agreement
    })) {
      refs[key] = agreement.reference
      ids[key] = agreement.id
    }
    clock = servicesAt(database, '2030-11-15')
    await clock.lifecycle.applyDue()
    await amendRemuneration(clock, running.id)
  })
  afterAll(async () => {
    await database.dispose()
  })

  it('lists drafts with what blocks them and the wizard step that fixes it', async () => {
    const home = await clock.portfolio.home()
    expect(references(home, 'drafts')).toEqual([refs['draft']])
    const draft = item(home, 'drafts', refs['draft'] ?? '')
    expect(draft?.detail).toMatch(/^\d+ points à corriger — /)
    expect(draft?.wizardStep).toBeGreaterThanOrEqual(1)
  })

  it('lists conventions ready but not signed, and signed but not started', async () => {
    const home = await clock.portfolio.home()
    expect(references(home, 'toSign')).toEqual([refs['ready']])
    expect(references(home, 'notStarted')).toEqual([refs['future']])
    expect(item(home, 'notStarted', refs['future'] ?? '')?.detail).toBe('Commence le 01/03/2031.')
  })

  it('lists conventions ending within 90 days with their notice deadline, until renewed', async () => {
    const home = await clock.portfolio.home()
    expect(references(home, 'ending')).toEqual([refs['running']])
    expect(item(home, 'ending', refs['running'] ?? '')?.detail).toMatch(
      /^Fin le \d\d\/\d\d\/20\d\d : renouveler ou clore\. Préavis dépassé depuis le /
    )
    await clock.lifecycle.renew(ids['running'] ?? 0)
    expect(references(await clock.portfolio.home(), 'ending')).toEqual([])
  })

  it('lists committees due at the convention’s rhythm, until one is recorded', async () => {
    const home = await clock.portfolio.home()
    expect(references(home, 'committees')).toEqual([refs['reporting'], refs['running']])
    expect(item(home, 'committees', refs['running'] ?? '')).toMatchObject({
      date: '2030-07-01',
      overdue: true
    })
    await clock.followUp.saveMeeting({
      agreementId: ids['running'] ?? 0,
      heldOn: '2030-11-10',
      attendees: ['Claire Martin'],
      decisions: ''
    })
    expect(references(await clock.portfolio.home(), 'committees')).toEqual([refs['reporting']])
  })

  it('lists indicator results of finished periods and final evaluations due, until recorded', async () => {
    const home = await clock.portfolio.home()
    const reports = home.lists.find((list) => list.kind === 'reports')?.items ?? []
    // Most urgent first: the finished convention's results, its final evaluation, then the running one's year 1.
    expect(
      reports.map((entry) => [entry.reference, entry.detail.split(/ — | \(/)[0], entry.overdue])
    ).toEqual([
      [refs['finished'], 'Résultats des indicateurs', true],
      [refs['finished'], 'Bilan final à rédiger', true],
      [refs['reporting'], 'Résultats des indicateurs', true]
    ])
    await clock.followUp.recordResults({
      agreementId: ids['reporting'] ?? 0,
      periodNumber: 1,
      results: [{ indicatorIndex: 0, value: 80, comment: '' }]
    })
    await clock.followUp.saveEvaluation({
      agreementId: ids['finished'] ?? 0,
      writtenOn: '2030-11-15',
      outcome: 'met',
      recommendation: 'renew',
      summary: 'Achats réalisés.'
    })
    const after = (await clock.portfolio.home()).lists.find((list) => list.kind === 'reports')?.items ?? []
    expect(after.map((entry) => entry.reference)).toEqual([refs['finished']])
  })

  it('lists amendments awaiting signature, and counts everything for the navigation', async () => {
    const home = await clock.portfolio.home()
    expect(references(home, 'amendments')).toEqual([`${refs['running']}-A1`])
    expect(home.total).toBe(home.lists.reduce((sum, list) => sum + list.total, 0))
    expect(home.today).toBe('2030-11-15')
  })
})

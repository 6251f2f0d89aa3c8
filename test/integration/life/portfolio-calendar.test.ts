import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import ICAL from 'ical.js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { dispatch } from '../../../src-main/ipc/dispatch'
import { createHandlers } from '../../../src-main/ipc/handlers'
import type { AppServices } from '../../../src-main/services/app-services'
import type { DesktopPort } from '../../../src-main/services/desktop/desktop-port'
import { servicesAt, signedAgreement } from '../../support/life-fixtures'
import { makeTempFolder, openTempDatabase, type TempDatabase } from '../../support/temp-database'

function recordingDesktop(savePath: string) {
  const notifications: Array<{ title: string; body: string }> = []
  const desktop: DesktopPort = {
    chooseSavePath: async () => savePath,
    chooseOpenPath: async () => null,
    notify: (notification) => notifications.push(notification)
  }
  return { desktop, notifications }
}

describe('portfolio figures, calendar export and the start-up reminder', () => {
  let database: TempDatabase
  let clock: AppServices
  let running: { id: number; reference: string }
  beforeAll(async () => {
    database = await openTempDatabase()
    running = await signedAgreement(database.services, 'economic-cooperation', {
      indicators: [
        { label: 'Opérations postales', target: 200, unit: 'opérations' },
        { label: 'Emplois pérennisés', target: 2, unit: 'ETP' }
      ]
    })
    await signedAgreement(database.services, 'patronage', { startDate: '2031-03-01' })
    clock = servicesAt(database, '2030-06-26')
    await clock.lifecycle.applyDue()
    await clock.followUp.recordResults({
      agreementId: running.id,
      periodNumber: 1,
      results: [
        { indicatorIndex: 0, value: 90, comment: '' },
        { indicatorIndex: 1, value: 2, comment: '' }
      ]
    })
    await clock.followUp.saveMeeting({
      agreementId: running.id,
      heldOn: '2030-06-28',
      attendees: ['Claire Martin', 'Jean Dupont, trésorier'],
      decisions: 'Point d’étape ; budget, calendrier.'
    })
  })
  afterAll(async () => {
    await database.dispose()
  })

  it('counts conventions by status, type, engagement and domain, amounts by year, and achievements', async () => {
    const stats = await clock.portfolio.stats()
    expect(stats.total).toBe(2)
    expect(stats.byStatus.find((entry) => entry.key === 'active')?.count).toBe(1)
    expect(stats.byStatus.find((entry) => entry.key === 'signed')?.count).toBe(1)
    expect(stats.byType.map((entry) => [entry.key, entry.count])).toEqual([
      ['economic-cooperation', 1],
      ['social-innovation', 0],
      ['responsible-practices', 0],
      ['patronage', 1]
    ])
    expect(stats.byEngagement.reduce((sum, entry) => sum + entry.count, 0)).toBeGreaterThan(0)
    expect(stats.byDomain.every((entry) => entry.count > 0)).toBe(true)
    expect(stats.amountsByYear).toEqual([
      // The skills patronage has no amount in money: it adds nothing to 2031.
      { year: 2030, amounts: { 'economic-cooperation': 150_000 }, total: 150_000 }
    ])
    expect(stats.achievements.map((entry) => [entry.indicatorLabel, entry.percent])).toEqual([
      ['Opérations postales', 45],
      ['Emplois pérennisés', 100]
    ])
    expect(stats.achievementBands.map((entry) => entry.count)).toEqual([1, 0, 0, 1])
    // The period is named as on the convention's follow-up page (a one-year term has a single period).
    const followUp = await clock.followUp.get(running.id)
    expect(followUp.periods.map((period) => period.label)).toEqual(['Période unique'])
    expect(new Set(stats.achievements.map((entry) => entry.periodLabel))).toEqual(new Set(['Période unique']))
  })

  it('exports end dates, notice deadlines, committees and result dates as an .ics that parses', async () => {
    const target = join(makeTempFolder(), 'échéances.ics')
    const { desktop } = recordingDesktop(target)
    const envelope = await dispatch(createHandlers(clock, desktop), 'calendar:export', {})
    expect(envelope).toMatchObject({ ok: true, value: { savedTo: target } })
    const text = readFileSync(target, 'utf8')
    const events = new ICAL.Component(ICAL.parse(text) as unknown[])
      .getAllSubcomponents('vevent')
      .map((vevent) => new ICAL.Event(vevent))
    const summaries = events.map((event) => event.summary)
    expect(summaries).toEqual(
      expect.arrayContaining([
        `Fin de la convention ${running.reference}`,
        `Date limite de préavis — ${running.reference}`,
        `Comité de suivi — ${running.reference}`,
        `Résultats des indicateurs à saisir — ${running.reference}`
      ])
    )
    const meeting = events.find((event) => event.summary.startsWith('Comité de suivi —'))
    expect(meeting?.startDate.toString()).toBe('2030-06-28')
    expect(meeting?.description).toContain('Participants : Claire Martin, Jean Dupont, trésorier.')
    expect(new Set(events.map((event) => event.uid)).size).toBe(events.length)
  })

  it('keeps only the events of the period asked, and refuses a period that ends before it starts', async () => {
    const { text } = await clock.calendar.ics({ from: '2030-06-01', to: '2030-06-30' })
    const dates = [...text.matchAll(/DTSTART;VALUE=DATE:(\d{8})/g)].map((match) => match[1])
    expect(dates).toEqual(['20300628'])
    const refused = await dispatch(createHandlers(clock), 'calendar:export', {
      from: '2030-07-01',
      to: '2030-06-01'
    })
    expect(refused).toMatchObject({
      ok: false,
      error: { fieldErrors: { to: 'La fin de la période précède son début.' } }
    })
  })

  it('notifies once at start-up what falls due this week, and starts what is due', async () => {
    const { desktop, notifications } = recordingDesktop('')
    const handlers = createHandlers(clock, desktop)
    const first = await dispatch(handlers, 'home:refresh', {})
    expect(first).toMatchObject({ ok: true, value: { applied: [], dueThisWeek: { count: 1 } } })
    await dispatch(handlers, 'home:refresh', {})
    expect(notifications).toEqual([
      {
        title: 'Alliance Conventions : 1 échéance cette semaine',
        body: `28/06/2030 : Comité de suivi — ${running.reference}`
      }
    ])
  })

  it('finds conventions, partners and needs from one search box', async () => {
    const hits = await clock.portfolio.search('banque')
    expect(hits.map((hit) => hit.kind)).toEqual(expect.arrayContaining(['agreement', 'partner']))
    expect(hits.find((hit) => hit.kind === 'partner')?.label).toBe('Banque alimentaire de la Gironde')
    expect(await clock.portfolio.search('   ')).toEqual([])
    const needs = await clock.portfolio.search('zone rurale')
    expect(needs.find((hit) => hit.kind === 'need')?.label).toBe('Aide alimentaire en zone rurale')
  })
})

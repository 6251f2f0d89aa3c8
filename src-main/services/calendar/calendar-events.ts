import { sql } from 'kysely'
import type { AppDatabase } from '../../db/schema'
import { noticeDeadline } from '../../shared/agreements/lifecycle'
import { frenchShortDate } from '../../shared/format/short-date'
import { nextCommitteeDue, reportingPeriods } from '../../shared/follow-up/follow-up-schedule'
import type { CalendarEvent } from './ics-writer'

const UID_DOMAIN = 'alliance-conventions.laposte.fr'
const uid = (...parts: Array<string | number>) => `${parts.join('-')}@${UID_DOMAIN}`

export interface DatedPeriod {
  from?: string | null | undefined
  to?: string | null | undefined
}

/**
 * Every date worth a reminder: end dates and notice deadlines of running conventions, committee meetings (held,
 * planned, or expected at the convention's rhythm) and the dates indicator results are due. UIDs are stable, so
 * that importing a newer export into Outlook updates the events rather than duplicating them.
 */
export async function calendarEvents(
  db: AppDatabase,
  today: string,
  period: DatedPeriod = {}
): Promise<CalendarEvent[]> {
  const agreements = await db
    .selectFrom('agreements as a')
    .leftJoin('partners as p', 'p.id', 'a.partner_id')
    .leftJoin('agreement_terminations as t', 't.agreement_id', 'a.id')
    .select([
      'a.id',
      'a.reference',
      'a.title',
      'a.status',
      'a.start_date',
      'a.end_date',
      'p.name as partner_name',
      't.effective_date as termination_date',
      sql<number | null>`json_extract(a.content, '$.noticeMonths')`.as('notice_months'),
      sql<number | null>`json_extract(a.content, '$.followUpCommittee.meetingsPerYear')`.as(
        'meetings_per_year'
      ),
      sql<number>`coalesce(json_array_length(a.content, '$.indicators'), 0)`.as('indicator_count')
    ])
    .where('a.status', 'in', ['signed', 'active', 'terminated'])
    .execute()
  const meetings = await db
    .selectFrom('committee_meetings as m')
    .innerJoin('agreements as a', 'a.id', 'm.agreement_id')
    .select(['m.id', 'm.agreement_id', 'm.held_on', 'm.attendees', 'm.decisions', 'a.reference', 'a.title'])
    .orderBy('m.held_on')
    .execute()
  const events: CalendarEvent[] = []
  for (const row of agreements) {
    const about = `Convention ${row.reference} — ${row.title || 'sans titre'}${row.partner_name ? ` (${row.partner_name})` : ''}.`
    const end = row.termination_date ?? row.end_date
    // A terminated convention only keeps its end when that is still to come.
    if (row.status === 'terminated' && (end === null || end < today)) continue
    if (end !== null)
      events.push({
        uid: uid('fin', row.reference),
        date: end,
        summary: `${row.termination_date ? 'Fin (résiliation)' : 'Fin'} de la convention ${row.reference}`,
        description: `${about} Dernier jour : ${frenchShortDate(end)}. Bilan final à rédiger.`,
        categories: ['Alliance Dynamique', 'Fin de convention'],
        alarmDaysBefore: 30
      })
    if (row.status === 'terminated') continue
    const notice = noticeDeadline(row.end_date, row.notice_months)
    if (notice !== null)
      events.push({
        uid: uid('preavis', row.reference),
        date: notice,
        summary: `Date limite de préavis — ${row.reference}`,
        description: `${about} Dernier jour pour notifier le non-renouvellement ou la résiliation (préavis de ${row.notice_months} mois avant la fin du ${frenchShortDate(row.end_date ?? '')}).`,
        categories: ['Alliance Dynamique', 'Préavis'],
        alarmDaysBefore: 14
      })
    const schedule = {
      startDate: row.start_date,
      effectiveEndDate: end,
      meetingsPerYear: row.meetings_per_year
    }
    if (row.indicator_count > 0)
      for (const reporting of reportingPeriods(schedule))
        events.push({
          uid: uid('resultats', row.reference, reporting.number),
          date: reporting.end,
          summary: `Résultats des indicateurs à saisir — ${row.reference}`,
          description: `${about} ${reporting.label} : du ${frenchShortDate(reporting.start)} au ${frenchShortDate(reporting.end)}.`,
          categories: ['Alliance Dynamique', 'Résultats'],
          alarmDaysBefore: 7
        })
    const own = meetings.filter((meeting) => meeting.agreement_id === row.id)
    const planned = own.some((meeting) => meeting.held_on > today)
    const lastHeld = own.filter((meeting) => meeting.held_on <= today).at(-1)?.held_on ?? null
    const expected = planned ? null : nextCommitteeDue(schedule, lastHeld)
    if (expected !== null && expected >= today)
      events.push({
        uid: uid('comite-attendu', row.reference),
        date: expected,
        summary: `Comité de suivi à organiser — ${row.reference}`,
        description: `${about} ${row.meetings_per_year} comité(s) par an prévu(s) par la convention.`,
        categories: ['Alliance Dynamique', 'Comité de suivi'],
        alarmDaysBefore: 21
      })
  }
  for (const meeting of meetings) {
    const attendees = JSON.parse(meeting.attendees) as string[]
    events.push({
      uid: uid('comite', meeting.reference, meeting.id),
      date: meeting.held_on,
      summary: `Comité de suivi — ${meeting.reference}`,
      description: [
        `Convention ${meeting.reference} — ${meeting.title || 'sans titre'}.`,
        attendees.length > 0 ? `Participants : ${attendees.join(', ')}.` : '',
        meeting.decisions.trim() === '' ? '' : `Décisions :\n${meeting.decisions.trim()}`
      ]
        .filter((part) => part !== '')
        .join('\n'),
      categories: ['Alliance Dynamique', 'Comité de suivi'],
      alarmDaysBefore: meeting.held_on > today ? 2 : null
    })
  }
  return events
    .filter((event) => (!period.from || event.date >= period.from) && (!period.to || event.date <= period.to))
    .sort((a, b) => a.date.localeCompare(b.date) || a.uid.localeCompare(b.uid))
}

import { addDays } from '../../shared/agreements/agreement-dates'
import { frenchShortDate } from '../../shared/format/short-date'
import type { AgreementStatus } from '../../shared/domain/agreement'
import type { HomeItem } from '../../shared/domain/home'
import {
  nextCommitteeDue,
  reportingPeriods,
  type ScheduleFacts
} from '../../shared/follow-up/follow-up-schedule'

/** What the home lists read of a signed convention, in one query. */
export interface SignedAgreementRow {
  id: number
  reference: string
  title: string
  status: AgreementStatus
  start_date: string | null
  end_date: string | null
  partner_name: string | null
  termination_date: string | null
  notice_months: number | null
  meetings_per_year: number | null
  indicator_count: number
  last_meeting: string | null
  meeting_planned: number
  renewed: number
  evaluated: number
}

/** Conventions ended longer ago than this are no longer chased for results or a final evaluation. */
export const CHASE_AFTER_END_DAYS = 365

function facts(row: SignedAgreementRow): ScheduleFacts {
  return {
    startDate: row.start_date,
    effectiveEndDate: row.termination_date ?? row.end_date,
    meetingsPerYear: row.meetings_per_year
  }
}

/** Committees to hold, indicator results and final evaluations to write, from the convention's own schedule. */
export function followUpItems(
  rows: readonly SignedAgreementRow[],
  results: ReadonlyArray<{ agreement_id: number; period_number: number; count: number }>,
  today: string,
  lookahead: string
): { committees: HomeItem[]; reports: HomeItem[] } {
  const recorded = new Map(
    results.map((row) => [`${row.agreement_id}:${row.period_number}`, Number(row.count)])
  )
  const committees: HomeItem[] = []
  const reports: HomeItem[] = []
  for (const row of rows) {
    const base = {
      agreementId: row.id,
      reference: row.reference,
      title: row.title,
      partnerName: row.partner_name
    }
    const schedule = facts(row)
    if (row.status === 'active' && row.meeting_planned === 0) {
      const due = nextCommitteeDue(schedule, row.last_meeting)
      if (due !== null && due <= lookahead)
        committees.push({
          ...base,
          date: due,
          detail: `Comité de suivi attendu le ${frenchShortDate(due)} (${row.meetings_per_year} par an)${row.last_meeting ? `, dernier le ${frenchShortDate(row.last_meeting)}` : ''}.`,
          overdue: due < today
        })
    }
    const end = schedule.effectiveEndDate
    const chased =
      row.status === 'active' ||
      ((row.status === 'ended' || row.status === 'terminated') &&
        end !== null &&
        end >= addDays(today, -CHASE_AFTER_END_DAYS))
    if (!chased) continue
    if (row.indicator_count > 0) {
      const missing = reportingPeriods(schedule).filter(
        (period) =>
          period.end <= lookahead && (recorded.get(`${row.id}:${period.number}`) ?? 0) < row.indicator_count
      )
      const first = missing[0]
      if (first)
        reports.push({
          ...base,
          date: first.end,
          detail: `Résultats des indicateurs — ${first.label.toLowerCase()} (jusqu’au ${frenchShortDate(first.end)}) à saisir${missing.length > 1 ? `, et ${missing.length - 1} autre${missing.length > 2 ? 's' : ''} période${missing.length > 2 ? 's' : ''}` : ''}.`,
          overdue: first.end < today,
          report: 'results'
        })
    }
    if (row.evaluated === 0 && end !== null && end <= lookahead)
      reports.push({
        ...base,
        date: end,
        detail: `Bilan final à rédiger (fin le ${frenchShortDate(end)}).`,
        overdue: end < today,
        report: 'evaluation'
      })
  }
  const byDate = (a: HomeItem, b: HomeItem) => (a.date ?? '').localeCompare(b.date ?? '')
  return { committees: committees.sort(byDate), reports: reports.sort(byDate) }
}

import { addDays, addMonths } from '../agreements/agreement-dates'

/**
 * When follow-up is expected: committee meetings at the rhythm the convention sets, indicator results at the end
 * of each contract year (and of the last, shorter one), a final evaluation at the end. Pure date arithmetic.
 */

/** How far ahead the home page lists what falls due. */
export const FOLLOW_UP_LOOKAHEAD_DAYS = 30

export interface ScheduleFacts {
  startDate: string | null
  /** The planned end, or the termination's effective date when terminated early. */
  effectiveEndDate: string | null
  meetingsPerYear: number | null
}

/** Months between two committee meetings: 2 a year → 6; none when the convention sets no rhythm. */
export function committeeIntervalMonths(meetingsPerYear: number | null): number | null {
  if (meetingsPerYear === null || meetingsPerYear <= 0) return null
  return Math.max(1, Math.round(12 / meetingsPerYear))
}

/**
 * Date the next committee is expected: one interval after the last meeting (or the start). A last interval that
 * would run past the end is brought back to the end date, for a closing meeting, unless a meeting was held in the
 * second half of that interval already.
 */
export function nextCommitteeDue(facts: ScheduleFacts, lastMeetingOn: string | null): string | null {
  const interval = committeeIntervalMonths(facts.meetingsPerYear)
  if (interval === null || facts.startDate === null || facts.effectiveEndDate === null) return null
  const base = lastMeetingOn !== null && lastMeetingOn > facts.startDate ? lastMeetingOn : facts.startDate
  if (base >= facts.effectiveEndDate) return null
  const due = addMonths(base, interval)
  if (due <= facts.effectiveEndDate) return due
  const halfIntervalBeforeEnd = addMonths(facts.effectiveEndDate, -Math.ceil(interval / 2))
  return lastMeetingOn !== null && lastMeetingOn >= halfIntervalBeforeEnd ? null : facts.effectiveEndDate
}

export interface ReportingPeriod {
  /** 1, 2, … in order. */
  number: number
  start: string
  end: string
  /** « Année 1 », or « Période unique » for a convention of a year or less. */
  label: string
}

/** Contract years, the last one cut at the (effective) end: each closes with indicator results due. */
export function reportingPeriods(facts: ScheduleFacts): ReportingPeriod[] {
  const { startDate, effectiveEndDate } = facts
  if (startDate === null || effectiveEndDate === null || effectiveEndDate < startDate) return []
  const periods: ReportingPeriod[] = []
  for (let index = 0; index < 20; index += 1) {
    const start = addMonths(startDate, 12 * index)
    if (start > effectiveEndDate) break
    const yearEnd = addDays(addMonths(startDate, 12 * (index + 1)), -1)
    periods.push({
      number: index + 1,
      start,
      end: yearEnd < effectiveEndDate ? yearEnd : effectiveEndDate,
      label: `Année ${index + 1}`
    })
  }
  if (periods.length === 1 && periods[0]) periods[0].label = 'Période unique'
  return periods
}

/** A result as a share of its target, in percent (rounded); null without a positive target. */
export function achievementPercent(value: number, target: number | null): number | null {
  if (target === null || target <= 0) return null
  return Math.round((value / target) * 100)
}

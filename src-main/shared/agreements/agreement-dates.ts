/** Calendar arithmetic on ISO dates (yyyy-mm-dd), in UTC so that the result never depends on the time zone. */

function parse(isoDate: string): { year: number; month: number; day: number } {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number]
  return { year, month, day }
}

function format(date: Date): string {
  return date.toISOString().slice(0, 10)
}

/**
 * The date `months` months later; a day that does not exist in the target month falls on its last day
 * (31 January + 1 month = 28 or 29 February), as contracts count.
 */
export function addMonths(isoDate: string, months: number): string {
  const { year, month, day } = parse(isoDate)
  const lastDayOfTarget = new Date(Date.UTC(year, month - 1 + months + 1, 0)).getUTCDate()
  return format(new Date(Date.UTC(year, month - 1 + months, Math.min(day, lastDayOfTarget))))
}

export function addDays(isoDate: string, days: number): string {
  const { year, month, day } = parse(isoDate)
  return format(new Date(Date.UTC(year, month - 1, day + days)))
}

function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

/**
 * Last day of a term of `months` months starting on `startDate`, inclusive: the day before the same date `months`
 * months later (1 January 2027 + 12 months → 31 December 2027). When that date does not exist (31 January + 1 month,
 * 29 February + 12 months), the term runs to the last day of that month.
 */
export function termEndDate(startDate: string, months: number): string {
  const { year, month, day } = parse(startDate)
  const target = new Date(Date.UTC(year, month - 1 + months, 1))
  const targetYear = target.getUTCFullYear()
  const targetMonth = target.getUTCMonth() + 1
  const lastDay = lastDayOfMonth(targetYear, targetMonth)
  if (day > lastDay) return format(new Date(Date.UTC(targetYear, targetMonth - 1, lastDay)))
  return addDays(format(new Date(Date.UTC(targetYear, targetMonth - 1, day))), -1)
}

/** End date of an agreement, inclusive (see `termEndDate`), or null while the start or the duration is unknown. */
export function agreementEndDate(startDate: string | null, durationMonths: number | null): string | null {
  return startDate !== null && durationMonths !== null ? termEndDate(startDate, durationMonths) : null
}

/** Today's date in the user's local calendar (what "today" means on the coordinator's laptop). */
export function localIsoDate(now: Date): string {
  const month = String(now.getMonth() + 1).padStart(2, '0')
  const day = String(now.getDate()).padStart(2, '0')
  return `${now.getFullYear()}-${month}-${day}`
}

export const ENDING_SOON_DAYS = 60

/** Signed or active agreements that end within 60 days are flagged in the register. */
export function isEndingSoon(status: string, endDate: string | null, today: string): boolean {
  if (endDate === null || (status !== 'signed' && status !== 'active')) return false
  return endDate >= today && endDate <= addDays(today, ENDING_SOON_DAYS)
}

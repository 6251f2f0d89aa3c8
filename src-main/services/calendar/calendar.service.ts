import type { AppDatabase } from '../../db/schema'
import { addDays, localIsoDate } from '../../shared/agreements/agreement-dates'
import type { DueThisWeek } from '../../shared/domain/home'
import { frenchShortDate } from '../../shared/format/short-date'
import { writeFileAtomic } from '../files/atomic-write'
import { calendarEvents, type DatedPeriod } from './calendar-events'
import { writeCalendar } from './ics-writer'

export interface CalendarServiceDeps {
  db: AppDatabase
  now?: () => Date
}

export const CALENDAR_NAME = 'Alliance Dynamique — échéances'
/** Lines a notification shows at most; the rest is counted. */
const NOTIFICATION_LINES = 4

export type CalendarService = ReturnType<typeof createCalendarService>

/** Reminders: the .ics export for Outlook, and what falls due this week for the start-up notification. */
export function createCalendarService({ db, now = () => new Date() }: CalendarServiceDeps) {
  async function ics(period: DatedPeriod = {}): Promise<{ text: string; eventCount: number }> {
    const events = await calendarEvents(db, localIsoDate(now()), period)
    return { text: writeCalendar(events, { name: CALENDAR_NAME, stamp: now() }), eventCount: events.length }
  }

  /** Writes the calendar atomically to `target` (a path chosen in a dialog, or given to the CLI). */
  async function exportTo(
    target: string,
    period: DatedPeriod = {}
  ): Promise<{ savedTo: string; eventCount: number }> {
    const { text, eventCount } = await ics(period)
    await writeFileAtomic(target, text)
    return { savedTo: target, eventCount }
  }

  /** Reminders dated from today to six days ahead (a planned meeting's own alarms are left to the calendar). */
  async function dueThisWeek(): Promise<DueThisWeek> {
    const today = localIsoDate(now())
    const events = await calendarEvents(db, today, { from: today, to: addDays(today, 6) })
    const lines = events.map((event) => `${frenchShortDate(event.date)} : ${event.summary}`)
    return {
      count: events.length,
      lines:
        lines.length > NOTIFICATION_LINES
          ? [
              ...lines.slice(0, NOTIFICATION_LINES - 1),
              `… et ${lines.length - NOTIFICATION_LINES + 1} autres`
            ]
          : lines
    }
  }

  return { ics, exportTo, dueThisWeek }
}

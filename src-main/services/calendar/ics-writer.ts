/**
 * A small iCalendar (RFC 5545) writer for all-day reminders: CRLF line ends, lines folded at 75 octets without
 * splitting a UTF-8 character, TEXT values escaped, a UID and a DTSTAMP in every event. Written here rather than
 * taken from a package so that these points are guaranteed and tested.
 */

export interface CalendarEvent {
  /** Stable across exports, so that importing a newer file updates the event instead of duplicating it. */
  uid: string
  /** All-day event on this date (ISO). */
  date: string
  summary: string
  description: string
  categories: string[]
  /** Days before the date when Outlook should remind (a VALARM); none when null. */
  alarmDaysBefore: number | null
}

export interface CalendarOptions {
  name: string
  /** When the file is produced (DTSTAMP). */
  stamp: Date
}

const CRLF = '\r\n'
const MAX_OCTETS = 75

/** RFC 5545 §3.3.11: backslash, semicolon, comma and line breaks are escaped in TEXT values. */
export function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n')
}

/** Octets of one code point in UTF-8. */
function utf8Length(codePoint: number): number {
  if (codePoint < 0x80) return 1
  if (codePoint < 0x800) return 2
  return codePoint < 0x10000 ? 3 : 4
}

/** RFC 5545 §3.1: a line longer than 75 octets continues on the next line, which starts with a space. */
export function foldLine(line: string): string {
  if (Buffer.byteLength(line, 'utf8') <= MAX_OCTETS) return line
  const parts: string[] = []
  let current = ''
  let octets = 0
  // The first line holds 75 octets; each continuation line holds 74 after its leading space.
  let limit = MAX_OCTETS
  for (const character of line) {
    const size = utf8Length(character.codePointAt(0) ?? 0)
    if (octets + size > limit) {
      parts.push(current)
      current = ''
      octets = 0
      limit = MAX_OCTETS - 1
    }
    current += character
    octets += size
  }
  parts.push(current)
  return parts.join(`${CRLF} `)
}

const compactDate = (isoDate: string) => isoDate.replace(/-/g, '')

function nextDay(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number]
  return new Date(Date.UTC(year, month - 1, day + 1)).toISOString().slice(0, 10)
}

/** UTC date-time in the basic format RFC 5545 asks for DTSTAMP: 20261130T091500Z. */
export function utcStamp(date: Date): string {
  return date
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '')
}

function eventLines(event: CalendarEvent, stamp: string): string[] {
  const lines = [
    'BEGIN:VEVENT',
    `UID:${escapeText(event.uid)}`,
    `DTSTAMP:${stamp}`,
    `DTSTART;VALUE=DATE:${compactDate(event.date)}`,
    `DTEND;VALUE=DATE:${compactDate(nextDay(event.date))}`,
    `SUMMARY:${escapeText(event.summary)}`,
    `DESCRIPTION:${escapeText(event.description)}`,
    ...(event.categories.length > 0 ? [`CATEGORIES:${event.categories.map(escapeText).join(',')}`] : []),
    'TRANSP:TRANSPARENT'
  ]
  if (event.alarmDaysBefore !== null)
    lines.push(
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      `DESCRIPTION:${escapeText(event.summary)}`,
      `TRIGGER:-P${event.alarmDaysBefore}D`,
      'END:VALARM'
    )
  lines.push('END:VEVENT')
  return lines
}

/** The whole .ics text, ready to be written as UTF-8. */
export function writeCalendar(events: readonly CalendarEvent[], options: CalendarOptions): string {
  const stamp = utcStamp(options.stamp)
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//La Poste//Alliance Conventions//FR',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(options.name)}`,
    ...events.flatMap((event) => eventLines(event, stamp)),
    'END:VCALENDAR'
  ]
  return lines.map(foldLine).join(CRLF) + CRLF
}

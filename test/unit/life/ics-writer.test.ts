import ICAL from 'ical.js'
import { describe, expect, it } from 'vitest'
import {
  escapeText,
  foldLine,
  writeCalendar,
  type CalendarEvent
} from '../../../src-main/services/calendar/ics-writer'

const event = (overrides: Partial<CalendarEvent> = {}): CalendarEvent => ({
  uid: 'fin-AD-2030-33-0001@alliance-conventions.laposte.fr',
  date: '2030-12-31',
  summary: 'Fin de la convention AD-2030-33-0001',
  description: 'Convention « Épicerie solidaire ; Relais Poste », bilan final à rédiger.\nSecond paragraphe.',
  categories: ['Alliance Dynamique', 'Fin de convention'],
  alarmDaysBefore: 30,
  ...overrides
})

describe('iCalendar writer (RFC 5545)', () => {
  it('folds lines at 75 octets without splitting a UTF-8 character, continuation lines starting with a space', () => {
    const line = `DESCRIPTION:${'é'.repeat(100)}€${'😀'.repeat(30)}${'a'.repeat(80)}`
    const folded = foldLine(line)
    const physical = folded.split('\r\n')
    expect(physical.length).toBeGreaterThan(3)
    for (const [index, part] of physical.entries()) {
      expect(Buffer.byteLength(part, 'utf8')).toBeLessThanOrEqual(75)
      if (index > 0) expect(part.startsWith(' ')).toBe(true)
    }
    expect(physical.map((part, index) => (index === 0 ? part : part.slice(1))).join('')).toBe(line)
    expect(foldLine('SUMMARY:court')).toBe('SUMMARY:court')
  })

  it('escapes backslashes, semicolons, commas and line breaks in text', () => {
    expect(escapeText('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne')
  })

  it('writes CRLF lines only, a UID and a DTSTAMP in every event, all-day dates and an alarm', () => {
    const text = writeCalendar([event(), event({ uid: 'comite-1@x', alarmDaysBefore: null })], {
      name: 'Échéances',
      stamp: new Date(Date.UTC(2030, 10, 30, 9, 15, 7))
    })
    expect(text.endsWith('\r\n')).toBe(true)
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
    const unfolded = text.replace(/\r\n /g, '')
    expect(unfolded.match(/^UID:/gm)).toHaveLength(2)
    expect(unfolded.match(/^DTSTAMP:20301130T091507Z$/gm)).toHaveLength(2)
    expect(unfolded).toContain('DTSTART;VALUE=DATE:20301231\r\nDTEND;VALUE=DATE:20310101')
    expect(unfolded.match(/^BEGIN:VALARM$/gm)).toHaveLength(1)
    expect(unfolded).toContain('TRIGGER:-P30D')
  })

  it('parses with a calendar library (ical.js) into the same events, texts and dates', () => {
    const text = writeCalendar([event()], { name: 'Échéances', stamp: new Date() })
    const calendar = new ICAL.Component(ICAL.parse(text) as unknown[])
    const [vevent] = calendar.getAllSubcomponents('vevent')
    expect(vevent).toBeDefined()
    const parsed = new ICAL.Event(vevent)
    expect(parsed.uid).toBe('fin-AD-2030-33-0001@alliance-conventions.laposte.fr')
    expect(parsed.summary).toBe('Fin de la convention AD-2030-33-0001')
    expect(parsed.description).toBe(event().description)
    expect(parsed.startDate.isDate).toBe(true)
    expect(parsed.startDate.toString()).toBe('2030-12-31')
    expect(parsed.endDate.toString()).toBe('2031-01-01')
    expect(vevent?.getFirstPropertyValue('dtstamp')).toBeTruthy()
    expect(vevent?.getFirstProperty('categories')?.getValues()).toEqual([
      'Alliance Dynamique',
      'Fin de convention'
    ])
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0')
  })
})

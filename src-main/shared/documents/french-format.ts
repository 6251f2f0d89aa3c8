import { numberInWords } from './number-in-words'

/**
 * French formats of the documents: long dates ("28 novembre 2026") and amounts ("1 500,00 €"). Written by hand
 * rather than with Intl so that the bytes are the same in Node, Chromium and every ICU build: group separators and
 * the space before the euro sign are non-breaking spaces (U+00A0), so an amount never splits across two lines.
 */

export const NBSP = '\u00a0'

const MONTHS = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre'
] as const

/** "2026-11-28" → "28 novembre 2026"; the first of the month is "1er", as French usage writes it. */
export function formatLongDate(isoDate: string): string {
  const [year, month, day] = isoDate.slice(0, 10).split('-').map(Number) as [number, number, number]
  const monthName = MONTHS[month - 1]
  if (!monthName || !Number.isInteger(day) || !Number.isInteger(year))
    throw new RangeError(`Date invalide : ${isoDate}`)
  return `${day === 1 ? '1er' : day}${NBSP}${monthName}${NBSP}${year}`
}

/** An instant in the reader's local time: "28 novembre 2026 à 14 h 05". */
export function formatLongDateTime(isoTimestamp: string): string {
  const date = new Date(isoTimestamp)
  const pad = (value: number) => String(value).padStart(2, '0')
  const isoDay = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
  return `${formatLongDate(isoDay)} à ${date.getHours()}${NBSP}h${NBSP}${pad(date.getMinutes())}`
}

/** 1234567 → "1 234 567" with non-breaking spaces between groups of three digits. */
export function groupDigits(value: number): string {
  return String(Math.trunc(Math.abs(value))).replace(/\B(?=(\d{3})+(?!\d))/g, NBSP)
}

/** Integer cents → "1 500,00 €". */
export function formatAmount(cents: number): string {
  if (!Number.isSafeInteger(cents) || cents < 0) throw new RangeError(`Montant invalide : ${cents}`)
  const euros = Math.floor(cents / 100)
  const rest = String(cents % 100).padStart(2, '0')
  return `${groupDigits(euros)},${rest}${NBSP}€`
}

/** A plain number the French way: 1234.5 → "1 234,5". */
export function formatNumber(value: number): string {
  const [whole, decimals] = String(Math.abs(value)).split('.') as [string, string | undefined]
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, NBSP)
  return `${value < 0 ? '-' : ''}${grouped}${decimals ? `,${decimals}` : ''}`
}

/** A count in letters then figures, as contracts write them: « trois (3) » (masculine). */
export function countInLettersAndFigures(value: number): string {
  return `${numberInWords(value)} (${groupDigits(value)})`
}

/**
 * Durations and notices in letters and figures: « un (1) mois », « dix-huit (18) mois », « un (1) an »,
 * « trois (3) ans »; whole years are counted in years.
 */
export function formatMonths(months: number): string {
  if (months > 0 && months % 12 === 0) {
    const years = months / 12
    return `${countInLettersAndFigures(years)}${NBSP}an${years > 1 ? 's' : ''}`
  }
  return `${countInLettersAndFigures(months)}${NBSP}mois`
}

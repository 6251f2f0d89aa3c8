/** French display formats of the UI: dates 28/11/2026, amounts 1 500,00 €. */

const euros = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' })
const plainAmount = new Intl.NumberFormat('fr-FR', { minimumFractionDigits: 2, maximumFractionDigits: 2 })

export function formatEuros(cents: number | null | undefined): string {
  return cents === null || cents === undefined ? '—' : euros.format(cents / 100)
}

/** "150050" cents → "1 500,50", the way an amount field shows it. */
export function formatAmountInput(cents: number | null): string {
  return cents === null ? '' : plainAmount.format(cents / 100)
}

const DIGITS = /^\d+$/

/** The integer part written with group separators ("1.500.000", "1 500"): first group 1–3 digits, then threes. */
function ungroup(integer: string, separator: string | null): string | undefined {
  if (separator === null) return DIGITS.test(integer) ? integer : undefined
  const groups = integer.split(separator)
  const [first, ...rest] = groups
  if (!first || !/^\d{1,3}$/.test(first) || rest.some((group) => !/^\d{3}$/.test(group))) return undefined
  return groups.join('')
}

/**
 * Reads a number typed the French way, or any unambiguous other way: « 1 500,50 », « 1.500,50 », « 1500.50 »
 * and « 1,500.50 » all read 1500.5. With both marks, the last one is the decimal mark; a lone comma is decimal;
 * a dot followed by exactly three digits is a thousands separator (« 1.500 » is 1500), as French writes it.
 * Returns null for an empty text and undefined when the text is not a number.
 */
export function parseFrenchNumber(text: string): number | null | undefined {
  const parsed = readNumber(text)
  return parsed ? parsed.value : parsed
}

function readNumber(text: string): { value: number; fractionDigits: number } | null | undefined {
  // Spaces between digits group thousands; they are checked like any other group mark.
  let compact = text
    .replace(/€/g, '')
    .trim()
    .replace(/[\s\u00a0\u202f]+/g, '_')
    .replace(/^\+/, '')
  if (compact === '') return null
  const negative = /^[-−]/.test(compact)
  if (negative) compact = compact.slice(1)
  const lastComma = compact.lastIndexOf(',')
  const lastDot = compact.lastIndexOf('.')
  let decimalMark: string | null = null
  let groupMark: string | null = compact.includes('_') ? '_' : null
  if (lastComma >= 0 && lastDot >= 0) {
    if (groupMark) return undefined
    decimalMark = lastComma > lastDot ? ',' : '.'
    groupMark = decimalMark === ',' ? '.' : ','
  } else if (lastComma >= 0) {
    decimalMark = ','
  } else if (lastDot >= 0) {
    const dots = compact.split('.').length - 1
    if (!groupMark && (dots > 1 || /^\d{1,3}\.\d{3}$/.test(compact))) groupMark = '.'
    else decimalMark = '.'
  }
  const [integerText = '', fraction, ...extra] = decimalMark ? compact.split(decimalMark) : [compact]
  if (extra.length > 0 || (fraction !== undefined && !DIGITS.test(fraction))) return undefined
  const integer = integerText === '' && fraction !== undefined ? '0' : ungroup(integerText, groupMark)
  if (integer === undefined) return undefined
  const value = Number(`${integer}.${fraction ?? '0'}`)
  return { value: negative ? -value : value, fractionDigits: fraction?.length ?? 0 }
}

/**
 * Reads an amount typed the French way ("1 500,5", "1.500,50 €") into cents; undefined when unreadable or with
 * more than two decimals. A negative amount is read as such: the schema then says why it is refused.
 */
export function parseAmountToCents(text: string): number | null | undefined {
  const parsed = readNumber(text)
  if (!parsed) return parsed
  return parsed.fractionDigits > 2 ? undefined : Math.round(parsed.value * 100)
}

/** A number as a French field shows it: « 1 500,5 ». */
export function formatNumberInput(value: number | null): string {
  return value === null ? '' : new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 6 }).format(value)
}

/** "2026-11-28" → "28/11/2026". */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '—'
  const [year, month, day] = iso.slice(0, 10).split('-')
  return `${day}/${month}/${year}`
}

/** ISO timestamp → "28/11/2026 à 14:05" in local time. */
export function formatDateTime(iso: string): string {
  const date = new Date(iso)
  const pad = (value: number) => String(value).padStart(2, '0')
  return `${pad(date.getDate())}/${pad(date.getMonth() + 1)}/${date.getFullYear()} à ${pad(date.getHours())}:${pad(date.getMinutes())}`
}

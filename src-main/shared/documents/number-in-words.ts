/**
 * Numbers and amounts in French words, traditional spelling as notaries and legal departments still write it:
 * hyphens under one hundred only, « vingt et un », « quatre-vingts » and « deux cents » plural only at the end of a
 * number, « mille » invariable, « million » and « milliard » nouns (so « deux millions », « un million d’euros »).
 */

const UNITS = [
  'zéro',
  'un',
  'deux',
  'trois',
  'quatre',
  'cinq',
  'six',
  'sept',
  'huit',
  'neuf',
  'dix',
  'onze',
  'douze',
  'treize',
  'quatorze',
  'quinze',
  'seize'
] as const

const TENS: Record<number, string> = { 2: 'vingt', 3: 'trente', 4: 'quarante', 5: 'cinquante', 6: 'soixante' }

function unit(value: number): string {
  return UNITS[value] as string
}

/** 0–99. `final` is false when « mille » follows, which keeps « quatre-vingt » singular. */
function belowHundred(value: number, final: boolean): string {
  if (value <= 16) return unit(value)
  if (value < 20) return `dix-${unit(value - 10)}`
  const tens = Math.floor(value / 10)
  const units = value % 10
  if (tens === 7) return units === 1 ? 'soixante et onze' : `soixante-${belowHundred(10 + units, final)}`
  if (tens === 8)
    return units === 0 ? (final ? 'quatre-vingts' : 'quatre-vingt') : `quatre-vingt-${unit(units)}`
  if (tens === 9) return `quatre-vingt-${belowHundred(10 + units, final)}`
  const name = TENS[tens] as string
  if (units === 0) return name
  return units === 1 ? `${name} et un` : `${name}-${unit(units)}`
}

/** 1–999. */
function belowThousand(value: number, final: boolean): string {
  const hundreds = Math.floor(value / 100)
  const rest = value % 100
  const words: string[] = []
  if (hundreds === 1) words.push('cent')
  else if (hundreds > 1) words.push(`${unit(hundreds)} ${rest === 0 && final ? 'cents' : 'cent'}`)
  if (rest > 0) words.push(belowHundred(rest, final))
  return words.join(' ')
}

/** 1–999 999. */
function belowMillion(value: number, final: boolean): string {
  const thousands = Math.floor(value / 1000)
  const rest = value % 1000
  const words: string[] = []
  if (thousands === 1) words.push('mille')
  else if (thousands > 1) words.push(`${belowThousand(thousands, false)} mille`)
  if (rest > 0) words.push(belowThousand(rest, final))
  return words.join(' ')
}

/** Largest number spelled: just under a million billions, far above any amount an agreement may hold. */
export const MAX_NUMBER_IN_WORDS = 999_999_999_999_999

/** A non-negative integer in French words: 1500 → "mille cinq cents". */
export function numberInWords(value: number): string {
  if (!Number.isSafeInteger(value) || value < 0 || value > MAX_NUMBER_IN_WORDS)
    throw new RangeError(`Nombre hors limites : ${value}`)
  if (value === 0) return unit(0)
  const billions = Math.floor(value / 1_000_000_000)
  const millions = Math.floor(value / 1_000_000) % 1000
  const rest = value % 1_000_000
  const words: string[] = []
  if (billions > 0) words.push(`${belowMillion(billions, true)} milliard${billions > 1 ? 's' : ''}`)
  if (millions > 0) words.push(`${belowThousand(millions, true)} million${millions > 1 ? 's' : ''}`)
  if (rest > 0) words.push(belowMillion(rest, true))
  return words.join(' ')
}

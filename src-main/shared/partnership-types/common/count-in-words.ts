import { numberInWords } from '../../documents/amount-in-words'
import { groupDigits, NBSP } from '../../documents/french-format'

/** Counts the way a convention writes them, in letters then figures: « huit (8) salariés », « un (1) jour ». */
export function countInWords(count: number, singular: string, plural: string): string {
  return `${numberInWords(count)} (${groupDigits(count)})${NBSP}${count > 1 ? plural : singular}`
}

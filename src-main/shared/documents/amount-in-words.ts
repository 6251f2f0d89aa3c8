import { formatAmount } from './french-format'
import { numberInWords } from './number-in-words'

export { MAX_NUMBER_IN_WORDS, numberInWords } from './number-in-words'

/** Integer cents in words: 150050 → "mille cinq cents euros et cinquante centimes". */
export function amountInWords(cents: number): string {
  if (!Number.isSafeInteger(cents) || cents < 0) throw new RangeError(`Montant invalide : ${cents}`)
  const euros = Math.floor(cents / 100)
  const centimes = cents % 100
  const centimesWords = `${numberInWords(centimes)} centime${centimes > 1 ? 's' : ''}`
  if (euros === 0 && centimes > 0) return centimesWords
  // « un million d’euros », but « un million deux cents euros »: « de » after a bare million or billion.
  const currency = euros <= 1 ? 'euro' : euros >= 1_000_000 && euros % 1_000_000 === 0 ? 'd’euros' : 'euros'
  const eurosWords = `${numberInWords(euros)} ${currency}`
  return centimes > 0 ? `${eurosWords} et ${centimesWords}` : eurosWords
}

/** The legal form of an amount, words then figures: "mille cinq cents euros (1 500,00 €)". */
export function amountInWordsAndFigures(cents: number): string {
  return `${amountInWords(cents)} (${formatAmount(cents)})`
}

/** How an amount stands towards VAT: excluding it (prices, remunerations), including it, or outside its scope (gifts). */
export type VatBasis = 'HT' | 'TTC' | 'outside-vat'

const VAT_WORDING: Record<VatBasis, { words: string; figures: string }> = {
  HT: { words: ' hors taxes', figures: '\u00a0HT' },
  TTC: { words: ' toutes taxes comprises', figures: '\u00a0TTC' },
  'outside-vat': { words: '', figures: ', hors du champ de la TVA' }
}

/**
 * An amount in words and figures with its VAT basis, as every amount of a convention is written:
 * « mille cinq cents euros hors taxes (1 500,00 € HT) », « quatorze mille euros (14 000,00 €, hors du champ de la TVA) ».
 */
export function amountWithVat(cents: number, basis: VatBasis): string {
  const { words, figures } = VAT_WORDING[basis]
  return `${amountInWords(cents)}${words} (${formatAmount(cents)}${figures})`
}

/** Figures only, with the VAT basis, for table cells: « 1 500,00 € HT ». */
export function amountFiguresWithVat(cents: number, basis: VatBasis): string {
  return basis === 'outside-vat' ? formatAmount(cents) : `${formatAmount(cents)}${VAT_WORDING[basis].figures}`
}

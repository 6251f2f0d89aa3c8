import { NBSP } from './french-format'
import { numberInWords } from './number-in-words'

/**
 * French typography, as one pure function applied to every text that goes into a document (and reused by the
 * screens). It is idempotent: applying it twice changes nothing more.
 *
 * - a non-breaking space (U+00A0) before « : », a narrow non-breaking space (U+202F) before « ; ! ? » and inside
 *   « guillemets »; straight quotes become guillemets, the straight apostrophe the typographic one (’);
 * - elision: « de entreprise » → « d’entreprise », « le Association » → « l’Association » (de, le, la, que, ne, se,
 *   jusque, lorsque, puisque before a vowel; an h is left alone, since many are aspirated);
 * - « 1er » for the first of a month, « 1re », « 2e » instead of « 1ère », « 2ème »;
 * - a word (or a group of up to three words) typed twice in a row is kept once: « réseau Réseau Cocagne » →
 *   « Réseau Cocagne » (the second occurrence wins: it usually starts a proper name); « nous nous » and « vous vous »
 *   are French and stay;
 * - no capital after a colon inside a sentence for articles and pronouns (« : Le » → « : le »), « La Poste » and
 *   « La Banque Postale » excepted, being names;
 * - a non-breaking space between a number and « % » (narrow) or « € »;
 * - durations in letters and figures, as contracts write them: « 6 mois » → « six (6) mois », « 1 an » → « un (1) an ».
 * Times ("14:05"), addresses ("https://…") and ratios ("1:2") are left alone: a mark gets its space only when a
 * space, the end of the text or a closing guillemet follows it.
 */

/** Narrow non-breaking space (U+202F), before « ; ! ? » and inside « guillemets ». */
export const NNBSP = '\u202f'

const MONTHS = 'janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre'

const FIRST_OF_MONTH = new RegExp(`(^|[^\\d.,])1[ \\u00a0](${MONTHS})(?![\\p{L}])`, 'gu')

const DURATION = /(^|[^\d(,.\u00a0 ]|[^\d(,.][ \u00a0])(\d{1,3})[ \u00a0](ans?|mois|jours?)(?![\p{L}])/gu

const ELIDED =
  /(^|[^\p{L}\p{N}’'-])(de|le|la|que|ne|se|jusque|lorsque|puisque)[ \u00a0]+(?=(?!(?:onze|onzième|oui|ouate)(?![\p{L}]))[aeiouàâäéèêëîïôöùûüœæ])/giu

const DOUBLED = /(^|[^\p{L}\p{N}’-])(\p{L}+(?:[ \u00a0]\p{L}+){0,2})[ \u00a0]+\2(?![\p{L}\p{N}’-])/giu

const KEPT_DOUBLES = new Set(['nous', 'vous'])

const CAPITAL_AFTER_COLON =
  /([\u00a0 ]:[ \u00a0])(Le|La|Les|L’|Un|Une|Des|Du|Il|Elle|Ils|Elles|Ce|Cet|Cette|Ces|Chaque|Aucun|Aucune)(?=[ \u00a0’])(?!(?<=La) (?:Poste|Banque Postale)\b)/gu

/** Cheap test before the Unicode-aware pattern: no elidable word followed by a vowel, nothing to elide. */
const MAY_ELIDE = /(?:de|le|la|que|ne|se)[ \u00a0]+[aeiouàâäéèêëîïôöùûüœæ]/i

function elide(text: string): string {
  if (!MAY_ELIDE.test(text)) return text
  return text.replace(ELIDED, (_match, before: string, word: string) => `${before}${word.slice(0, -1)}’`)
}

const LETTERS = /\p{L}+/gu

/**
 * Whether a group of one to three words is followed by the same group (ignoring case): the only texts where
 * `DOUBLED`, costly to try at every position, can match.
 */
function mayHaveDoubledWords(text: string): boolean {
  // Upper then lower case, as case-insensitive matching folds « ß » and « ẞ », « ς » and « σ » together.
  const words = text.toUpperCase().toLowerCase().match(LETTERS) ?? []
  for (let index = 0; index < words.length; index += 1)
    for (let size = 1; size <= 3 && index + 2 * size <= words.length; size += 1) {
      let same = true
      for (let offset = 0; offset < size && same; offset += 1)
        same = words[index + offset] === words[index + size + offset]
      if (same) return true
    }
  return false
}

function removeDoubledWords(text: string): string {
  if (!mayHaveDoubledWords(text)) return text
  let previous = ''
  let current = text
  while (previous !== current) {
    previous = current
    current = current.replace(DOUBLED, (match: string, before: string, group: string) => {
      if (KEPT_DOUBLES.has(group.toLowerCase())) return match
      return before + match.slice(match.length - group.length)
    })
  }
  return current
}

/**
 * Texts already typeset, kept by a process that typesets the same clauses over and over: a render worker of a bulk
 * generation, where every convention carries the library's clauses. Off elsewhere; bounded, then started afresh.
 */
let remembered: Map<string, string> | undefined
const REMEMBERED_TEXTS = 5_000

export function rememberTypesetTexts(): void {
  remembered ??= new Map()
}

export function frenchTypography(text: string): string {
  if (remembered === undefined) return typeset(text, true)
  let result = remembered.get(text)
  if (result === undefined) {
    if (remembered.size >= REMEMBERED_TEXTS) remembered.clear()
    result = typeset(text, true)
    remembered.set(text, result)
  }
  return result
}

/** The same for the screens, which keep figures as typed (« dans 60 jours »): letters are the contracts' style. */
export function frenchTypographyOnScreen(text: string): string {
  return typeset(text, false)
}

function typeset(text: string, durationsInLetters: boolean): string {
  let result = text
    .replace(/'/g, '’')
    .replace(/\.\.\./g, '…')
    .replace(/ {2,}/g, ' ')
    .replace(/\b(n°|N°) /g, `$1${NBSP}`)
    // "quoted" → « quoted » (pairs only, on one line).
    .replace(/"([^"\n]+)"/g, '«$1»')
    .replace(/«[ \u00a0\u202f]*/g, `«${NNBSP}`)
    .replace(/[ \u00a0\u202f]*»/g, `${NNBSP}»`)
    // ; ! ? take a narrow non-breaking space, : a non-breaking one; a missing space is added, a typed one replaced.
    .replace(/([^\s;!?:«])[ \u00a0\u202f]*([;!?]+)(?=[\s»)]|$)/g, `$1${NNBSP}$2`)
    .replace(/([^\s;!?:«/])[ \u00a0\u202f]*:(?=[\s»)]|$)/g, `$1${NBSP}:`)
    .replace(/(\d)[ \u00a0\u202f]?%/g, `$1${NNBSP}%`)
    .replace(/(\d)[ \u00a0\u202f]?€/g, `$1${NBSP}€`)
    .replace(/\b1[ \u00a0]?(?:ère|ere)\b/g, '1re')
    .replace(/\b(\d+)[ \u00a0]?(?:ème|eme)(s?)\b/g, '$1e$2')
    .replace(FIRST_OF_MONTH, `$11er${NBSP}$2`)
  if (durationsInLetters)
    result = result.replace(
      DURATION,
      (_match, before: string, figures: string, unit: string) =>
        `${before}${numberInWords(Number(figures))} (${figures})${NBSP}${unit}`
    )
  result = elide(result)
  result = removeDoubledWords(result)
  if (!result.includes(':')) return result
  return result.replace(
    CAPITAL_AFTER_COLON,
    (_match, colon: string, word: string) => colon + word.toLowerCase()
  )
}

import type { Indicator } from '../../schemas/agreement.schema'

/**
 * What an indicator measures, when the terms also state it: the rules compare such a target with the terms.
 * Read from its words, since indicators are free text: the suggested ones use these words, and a coordinator who
 * writes « jours de mécénat de compétences » means the same thing.
 */
export type IndicatorMeasure = 'skills-days' | 'skills' | 'purchase-amount' | 'insertion-hours' | 'other'

const SKILLS = /comp[ée]tences|salari[ée]s? (b[ée]n[ée]voles|volontaires|mis [àa] disposition)/i
const DAYS = /\bjours?\b|\bjourn[ée]es?\b/i
const PURCHASES = /\bachats?\b/i
const EUROS = /€|\beuros?\b/i
const HOURS = /\bheures?\b|^\s*h\s*$/i
const INSERTION = /insertion|travail prot[ée]g[ée]|handicap|clause sociale/i
const PER_YEAR = /\/\s*an\b|par an\b|annuel|\bl[’']an\b/i

export function indicatorMeasure({ label, unit }: Pick<Indicator, 'label' | 'unit'>): IndicatorMeasure {
  if (SKILLS.test(label)) return DAYS.test(unit) || DAYS.test(label) ? 'skills-days' : 'skills'
  if (PURCHASES.test(label) && EUROS.test(unit)) return 'purchase-amount'
  if (HOURS.test(unit) && INSERTION.test(label)) return 'insertion-hours'
  return 'other'
}

/** Whether an amount indicator counts per year (« €/an ») rather than over the whole term. */
export function isYearly({ label, unit }: Pick<Indicator, 'label' | 'unit'>): boolean {
  return PER_YEAR.test(unit) || PER_YEAR.test(label)
}

import type { PatronageTerms } from './patronage-terms.schema'

/**
 * What a gift is worth, and how much may come back to La Poste. Counterparts must stay in « disproportion marquée »
 * with the gift: the accepted practice is 25 % of its value; above, it is sponsorship (a taxable service).
 */
export const COUNTERPART_LIMIT_PERCENT = 25

/** Skills patronage is valued as employees × days × daily cost; null while any factor is missing. */
export function skillsValuationCents(skills: PatronageTerms['skills']): number | null {
  const { employees, days, dailyCostCents } = skills
  if (employees === null || days === null || dailyCostCents === null) return null
  return employees * days * dailyCostCents
}

/** Person-days given: employees × days per employee. */
export function skillsPersonDays(skills: PatronageTerms['skills']): number | null {
  return skills.employees === null || skills.days === null ? null : skills.employees * skills.days
}

/** The gift's value: the amount (financial), the valuation (in kind) or the computed skills valuation. */
export function giftValueCents(terms: PatronageTerms): number | null {
  if (terms.nature === 'skills') return skillsValuationCents(terms.skills)
  return terms.amountCents
}

export function counterpartsTotalCents(terms: PatronageTerms): number {
  return terms.counterparts.reduce((total, counterpart) => total + (counterpart.valueCents ?? 0), 0)
}

export function scheduledTotalCents(terms: PatronageTerms): number {
  return terms.paymentSchedule.reduce((total, payment) => total + (payment.amountCents ?? 0), 0)
}

/** True when counterparts exceed 25 % of a known, positive gift value. */
export function counterpartsExceedLimit(terms: PatronageTerms): boolean {
  const gift = giftValueCents(terms)
  if (gift === null || gift <= 0) return false
  // Compared in integers: total / gift > 25 / 100  ⇔  100 × total > 25 × gift.
  return counterpartsTotalCents(terms) * 100 > gift * COUNTERPART_LIMIT_PERCENT
}

/** Counterparts as a share of the gift, in percent with one decimal; null without a positive gift value. */
export function counterpartsSharePercent(terms: PatronageTerms): number | null {
  const gift = giftValueCents(terms)
  if (gift === null || gift <= 0) return null
  return Math.round((counterpartsTotalCents(terms) * 1000) / gift) / 10
}

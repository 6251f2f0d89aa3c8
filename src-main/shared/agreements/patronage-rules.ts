import type { PatronageTerms } from '../schemas/agreement-terms.schema'

/**
 * Patronage (mécénat) rules. Counterparts granted to the company must stay "disproportionate" to the gift for it to
 * remain patronage; the usual tolerance is 25 % of the gift's value. A tax receipt (reçu fiscal) may only be issued
 * by a body of general interest.
 */
export const COUNTERPART_LIMIT_RATIO = 0.25

/** Skills patronage is valued as employees × days × daily cost; null while any factor is missing. */
export function skillsValuationCents(skills: PatronageTerms['skills']): number | null {
  const { employees, days, dailyCostCents } = skills
  if (employees === null || days === null || dailyCostCents === null) return null
  return employees * days * dailyCostCents
}

/** The gift's value: the amount (financial), the valuation (in kind) or the computed skills valuation. */
export function giftValueCents(terms: PatronageTerms): number | null {
  if (terms.nature === 'skills') return skillsValuationCents(terms.skills)
  return terms.amountCents
}

export function counterpartsTotalCents(terms: PatronageTerms): number {
  return terms.counterparts.reduce((total, counterpart) => total + (counterpart.valueCents ?? 0), 0)
}

/** True when counterparts exceed 25 % of a known, positive gift value. */
export function counterpartsExceedLimit(terms: PatronageTerms): boolean {
  const gift = giftValueCents(terms)
  if (gift === null || gift <= 0) return false
  // Compared in integers: total / gift > 1/4  ⇔  4 × total > gift.
  return counterpartsTotalCents(terms) * 4 > gift
}

/** Why a tax receipt cannot be planned for this partner, or null when it can. */
export function taxReceiptRefusal(partnerIsOfGeneralInterest: boolean): string | null {
  return partnerIsOfGeneralInterest
    ? null
    : "Un reçu fiscal ne peut être prévu que pour une structure d'intérêt général : le partenaire n'a pas ce statut " +
        '(modifiez sa fiche si elle l’a obtenu).'
}

import { asSentence, type DocumentSources } from '../../documents/document-sources'
import { formatLongDate, formatNumber, NBSP } from '../../documents/french-format'
import { amountInWordsAndFigures } from '../../documents/amount-in-words'
import { countInWords } from '../common/count-in-words'
import { termsOfType } from '../common/type-article'
import { emptyPatronageTerms } from './patronage-defaults'
import { patronageEligibility, ELIGIBILITY_BASIS_WORDING } from './patronage-eligibility'
import { IN_KIND_VALUATION_LABELS } from './patronage-labels'
import type { PatronageTerms } from './patronage-terms.schema'
import { counterpartsSharePercent, counterpartsTotalCents, giftValueCents } from './patronage-valuation'

export function patronageTerms(sources: DocumentSources): PatronageTerms {
  return termsOfType(sources, 'patronage', emptyPatronageTerms)
}

const amount = (cents: number | null) => (cents === null ? '' : amountInWordsAndFigures(cents))
const days = (count: number | null) => (count === null ? '' : countInWords(count, 'jour', 'jours'))

/** The values the patronage clauses print, written the French way; empty when unknown (the slot then shows it). */
export function patronageSlots(sources: DocumentSources): Record<string, string> {
  const terms = patronageTerms(sources)
  const { skills, inKind } = terms
  const eligibility = sources.partner ? patronageEligibility(sources.partner) : null
  const share = counterpartsSharePercent(terms)
  return {
    amount: amount(giftValueCents(terms)),
    goods: asSentence(inKind.goods),
    deliveryDate: inKind.deliveryDate ? formatLongDate(inKind.deliveryDate) : '',
    deliveryPlace: asSentence(inKind.deliveryPlace),
    valuationMethod: inKind.valuationMethod ? IN_KIND_VALUATION_LABELS[inKind.valuationMethod].wording : '',
    employees: skills.employees === null ? '' : countInWords(skills.employees, 'salarié', 'salariés'),
    days: days(skills.days),
    missions: asSentence(skills.missions),
    placeAndHours: asSentence(skills.placeAndHours),
    dailyCost: amount(skills.dailyCostCents),
    counterpartsTotal: amount(counterpartsTotalCents(terms)),
    counterpartsShare: share === null ? '' : `${formatNumber(share)}${NBSP}%`,
    need: sources.need?.title.trim() ?? '',
    eligibilityBasis: eligibility?.eligible ? ELIGIBILITY_BASIS_WORDING[eligibility.basis] : ''
  }
}

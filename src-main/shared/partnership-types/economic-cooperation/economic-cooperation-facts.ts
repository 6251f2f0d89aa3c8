import { amountInWordsAndFigures } from '../../documents/amount-in-words'
import { asSentence, type DocumentSources } from '../../documents/document-sources'
import { termsOfType } from '../common/type-article'
import { VAT_REGIME_LABELS } from '../common/vat-labels'
import { emptyEconomicCooperationTerms } from './economic-cooperation-defaults'
import {
  BILLING_FREQUENCY_LABELS,
  REMUNERATION_MODEL_LABELS,
  REMUNERATION_UNIT
} from './economic-cooperation-labels'
import type { EconomicCooperationTerms } from './economic-cooperation-terms.schema'

export function cooperationTerms(sources: DocumentSources): EconomicCooperationTerms {
  return termsOfType(sources, 'economic-cooperation', emptyEconomicCooperationTerms)
}

/** « un forfait mensuel d’un montant de … hors taxes par mois », or empty while the model or amount is missing. */
function remuneration({ remunerationModel, remunerationAmountCents }: EconomicCooperationTerms): string {
  if (remunerationModel === null || remunerationAmountCents === null) return ''
  return `${REMUNERATION_MODEL_LABELS[remunerationModel].wording} d'un montant de ${amountInWordsAndFigures(remunerationAmountCents)} hors taxes${REMUNERATION_UNIT[remunerationModel]}`
}

export function cooperationSlots(sources: DocumentSources): Record<string, string> {
  const terms = cooperationTerms(sources)
  return {
    jointOffer: asSentence(terms.jointOffer),
    laPosteContribution: asSentence(terms.laPosteContribution),
    partnerContribution: asSentence(terms.partnerContribution),
    territory: asSentence(terms.territory),
    openingHours: asSentence(terms.openingHours),
    remuneration: remuneration(terms),
    vat: VAT_REGIME_LABELS[terms.vatRegime].wording,
    billing: terms.billingFrequency === null ? '' : BILLING_FREQUENCY_LABELS[terms.billingFrequency].wording,
    cashLimit: terms.cashLimitCents === null ? '' : amountInWordsAndFigures(terms.cashLimitCents)
  }
}

import { labelOf } from '@shared/partnership-types/common/labels'
import { VAT_REGIME_LABELS } from '@shared/partnership-types/common/vat-labels'
import {
  BILLING_FREQUENCY_LABELS,
  REMUNERATION_MODEL_LABELS
} from '@shared/partnership-types/economic-cooperation/economic-cooperation-labels'
import type { EconomicCooperationTerms } from '@shared/schemas/agreement-terms.schema'
import { formatEuros } from '../../../../format'
import { yesNo, type SummaryRows } from '../summary-values'

export function economicCooperationSummary(terms: EconomicCooperationTerms): SummaryRows {
  return [
    ['Offre commune', terms.jointOffer],
    ['Apport de La Poste', terms.laPosteContribution],
    ['Apport du partenaire', terms.partnerContribution],
    ['Territoire', terms.territory],
    ['Horaires', terms.openingHours],
    [
      'Rémunération',
      `${labelOf(REMUNERATION_MODEL_LABELS, terms.remunerationModel)} · ${formatEuros(terms.remunerationAmountCents)} HT`
    ],
    ['Facturation', labelOf(BILLING_FREQUENCY_LABELS, terms.billingFrequency)],
    ['TVA', labelOf(VAT_REGIME_LABELS, terms.vatRegime)],
    [
      'Plafond d’encaisse',
      terms.cashLimitCents === null ? 'Procédures de La Poste' : formatEuros(terms.cashLimitCents)
    ],
    ['Mandat de La Banque Postale', yesNo(terms.bankingMandate)],
    ['Exclusivité', yesNo(terms.exclusivity)]
  ]
}

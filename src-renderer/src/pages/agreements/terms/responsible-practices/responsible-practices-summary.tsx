import { labelOf } from '@shared/partnership-types/common/labels'
import { VAT_REGIME_LABELS } from '@shared/partnership-types/common/vat-labels'
import {
  QUANTITY_COMMITMENT_LABELS,
  SUPPLIER_STATUS_LABELS
} from '@shared/partnership-types/responsible-practices/responsible-practices-labels'
import type { ResponsiblePracticesTerms } from '@shared/schemas/agreement-terms.schema'
import { formatEuros } from '../../../../format'
import { list, yesNo, type SummaryRows } from '../summary-values'

export function responsiblePracticesSummary(terms: ResponsiblePracticesTerms): SummaryRows {
  return [
    ['Catégorie d’achat', terms.purchaseCategory],
    ['Fournisseur', labelOf(SUPPLIER_STATUS_LABELS, terms.supplierStatus)],
    ['Justificatif du statut', terms.supplierStatusProof],
    ['Marché réservé', yesNo(terms.reservedMarket)],
    [
      'Montant annuel HT',
      `${formatEuros(terms.yearlyAmountCents)} (${labelOf(QUANTITY_COMMITMENT_LABELS, terms.quantities).toLowerCase()})`
    ],
    ['TVA', labelOf(VAT_REGIME_LABELS, terms.vatRegime)],
    ['Délai de paiement', terms.paymentTermDays === null ? '' : `${terms.paymentTermDays} jours`],
    ['Lots', list(terms.lots.map((lot) => `${lot.label} : ${formatEuros(lot.amountCents)}`))],
    ['Heures de clause sociale', terms.socialClauseHours === null ? '' : `${terms.socialClauseHours} h`]
  ]
}

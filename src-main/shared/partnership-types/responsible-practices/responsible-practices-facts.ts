import { amountInWordsAndFigures } from '../../documents/amount-in-words'
import type { DocumentSources } from '../../documents/document-sources'
import { formatMonths } from '../../documents/french-format'
import { countInWords } from '../common/count-in-words'
import { termsOfType } from '../common/type-article'
import { VAT_REGIME_LABELS } from '../common/vat-labels'
import { emptyResponsiblePracticesTerms } from './responsible-practices-defaults'
import type { ResponsiblePracticesTerms } from './responsible-practices-terms.schema'

export function purchaseTerms(sources: DocumentSources): ResponsiblePracticesTerms {
  return termsOfType(sources, 'responsible-practices', emptyResponsiblePracticesTerms)
}

/** The values the purchase clauses print; empty when unknown (the slot then shows the placeholder). */
export function purchaseSlots(sources: DocumentSources): Record<string, string> {
  const terms = purchaseTerms(sources)
  const notice = sources.agreement.noticeMonths
  return {
    category: terms.purchaseCategory.trim(),
    yearlyAmount:
      terms.yearlyAmountCents === null
        ? ''
        : `${amountInWordsAndFigures(terms.yearlyAmountCents)} hors taxes`,
    proof: terms.supplierStatusProof.trim(),
    vat: VAT_REGIME_LABELS[terms.vatRegime].wording,
    paymentTerm: terms.paymentTermDays === null ? '' : countInWords(terms.paymentTermDays, 'jour', 'jours'),
    hours: terms.socialClauseHours === null ? '' : countInWords(terms.socialClauseHours, 'heure', 'heures'),
    notice: notice === null ? '' : formatMonths(notice)
  }
}

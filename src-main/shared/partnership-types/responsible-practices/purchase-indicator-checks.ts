import { issue } from '../../agreements/issue-factory'
import { formatNumber, groupDigits } from '../../documents/french-format'
import type { AgreementCheck } from '../../domain/agreement'
import { indicatorMeasure, isYearly } from '../common/indicator-measures'
import type { TermsCheckInput } from '../partnership-type-module'
import type { ResponsiblePracticesTerms } from './responsible-practices-terms.schema'

/** An amount indicator states the planned purchases, per year or over the term; hours never aim below the clause. */
export function checkPurchaseIndicators(
  { terms, content }: TermsCheckInput<ResponsiblePracticesTerms>,
  out: AgreementCheck
): void {
  content.indicators.forEach((indicator, index) => {
    if (indicator.target === null) return
    const field = `indicators.${index}.target`
    const measure = indicatorMeasure(indicator)
    if (measure === 'purchase-amount' && terms.yearlyAmountCents !== null) {
      const yearly = terms.yearlyAmountCents / 100
      const expected =
        isYearly(indicator) || content.durationMonths === null
          ? yearly
          : (yearly * content.durationMonths) / 12
      if (Math.abs(indicator.target - expected) >= 1)
        out.problems.push(
          issue(
            'indicator-purchase-amount-mismatch',
            5,
            field,
            `Indicateur « ${indicator.label} » : sa cible (${formatNumber(indicator.target)} €) contredit le montant d’achats des modalités, soit ${formatNumber(Math.round(expected * 100) / 100)} € ${isYearly(indicator) || content.durationMonths === null ? 'par an' : 'sur la durée de la convention'}.`
          )
        )
    }
    if (
      measure === 'insertion-hours' &&
      terms.socialClauseHours !== null &&
      indicator.target < terms.socialClauseHours
    )
      out.problems.push(
        issue(
          'indicator-hours-below-clause',
          5,
          field,
          `Indicateur « ${indicator.label} » : sa cible (${formatNumber(indicator.target)} heures) est inférieure aux ${groupDigits(terms.socialClauseHours)} heures de la clause sociale, qui sont un minimum.`
        )
      )
  })
}

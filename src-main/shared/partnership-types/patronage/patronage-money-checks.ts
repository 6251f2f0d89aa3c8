import { isBlank, issue } from '../../agreements/issue-factory'
import { formatAmount, formatLongDate } from '../../documents/french-format'
import type { AgreementCheck } from '../../domain/agreement'
import type { TermsCheckInput } from '../partnership-type-module'
import type { PatronageTerms } from './patronage-terms.schema'
import {
  COUNTERPART_LIMIT_PERCENT,
  counterpartsExceedLimit,
  counterpartsSharePercent,
  giftValueCents,
  scheduledTotalCents
} from './patronage-valuation'

const STEP = 4

/** A financial gift is paid on dated instalments, inside the term, that add up to the gift. */
export function checkPaymentSchedule(
  { terms, content, endDate }: TermsCheckInput<PatronageTerms>,
  out: AgreementCheck
): void {
  const problem = (code: string, field: string, message: string) =>
    out.problems.push(issue(code, STEP, field, message))
  if (terms.nature !== 'financial') {
    if (terms.paymentSchedule.length > 0)
      problem(
        'payment-schedule-not-financial',
        'terms.paymentSchedule',
        'Seul un don en numéraire a un échéancier de versements : retirez les échéances.'
      )
    return
  }
  if (terms.paymentSchedule.length === 0) {
    problem(
      'payment-schedule-missing',
      'terms.paymentSchedule',
      'Indiquez la date et le montant de chaque versement.'
    )
    return
  }
  terms.paymentSchedule.forEach((payment, index) => {
    const field = `terms.paymentSchedule.${index}`
    if (payment.date === null)
      problem('payment-date-missing', `${field}.date`, `Versement ${index + 1} : indiquez sa date.`)
    else if (
      content.startDate !== null &&
      endDate !== null &&
      (payment.date < content.startDate || payment.date > endDate)
    )
      problem(
        'payment-outside-term',
        `${field}.date`,
        `Versement ${index + 1} : sa date doit être comprise entre le ${formatLongDate(content.startDate)} et le ${formatLongDate(endDate)}, pendant la durée de la convention.`
      )
    if (payment.amountCents === null || payment.amountCents <= 0)
      problem(
        'payment-amount-missing',
        `${field}.amountCents`,
        `Versement ${index + 1} : indiquez son montant.`
      )
  })
  const gift = giftValueCents(terms)
  const scheduled = scheduledTotalCents(terms)
  if (gift !== null && gift > 0 && scheduled !== gift)
    problem(
      'payment-schedule-mismatch',
      'terms.paymentSchedule',
      `Les versements totalisent ${formatAmount(scheduled)} alors que le don est de ${formatAmount(gift)} : ils doivent lui être égaux.`
    )
}

/** Counterparts described and valued, and in « disproportion marquée »: at most 25 % of the gift. */
export function checkCounterparts({ terms }: TermsCheckInput<PatronageTerms>, out: AgreementCheck): void {
  terms.counterparts.forEach((counterpart, index) => {
    if (isBlank(counterpart.description) || counterpart.valueCents === null)
      out.problems.push(
        issue(
          'counterpart-incomplete',
          STEP,
          `terms.counterparts.${index}`,
          `Contrepartie ${index + 1} : donnez sa description et sa valeur (0 si elle n’en a pas).`
        )
      )
  })
  if (counterpartsExceedLimit(terms))
    out.problems.push(
      issue(
        'counterparts-over-25-percent',
        STEP,
        'terms.counterparts',
        `Les contreparties représentent ${String(counterpartsSharePercent(terms)).replace('.', ',')} % du don : au-delà de ${COUNTERPART_LIMIT_PERCENT} %, ce n’est plus du mécénat mais du parrainage, une prestation de service. Réduisez-les, ou concluez un partenariat payé (coopération économique) à la place.`
      )
    )
}

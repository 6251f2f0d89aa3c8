import { issue } from '../../agreements/issue-factory'
import type { AgreementCheck } from '../../domain/agreement'
import type { TermsCheckInput } from '../partnership-type-module'
import { patronageEligibility } from './patronage-eligibility'
import { checkGift } from './patronage-gift-checks'
import { checkCounterparts, checkPaymentSchedule } from './patronage-money-checks'
import type { PatronageTerms } from './patronage-terms.schema'

/** Every rule of a mécénat convention (art. 238 bis CGI, BOFiP), each naming the field that fixes it. */
export function checkPatronage(input: TermsCheckInput<PatronageTerms>, out: AgreementCheck): void {
  checkGift(input, out)
  checkPaymentSchedule(input, out)
  checkCounterparts(input, out)
  const eligibility = input.partner ? patronageEligibility(input.partner) : null
  if (eligibility && !eligibility.eligible)
    out.problems.push(issue('patronage-beneficiary-not-eligible', 2, 'partnerId', eligibility.reason))
  if (input.content.renewalRule === 'tacit')
    out.problems.push(
      issue(
        'patronage-tacit-renewal',
        6,
        'renewalRule',
        'Une convention de mécénat ne se reconduit pas tacitement : choisissez « sans reconduction » ou un renouvellement exprès.'
      )
    )
}

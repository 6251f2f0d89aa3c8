import type { AgreementCheck } from '../domain/agreement'
import { forTerms } from '../partnership-types/registry'
import type { AgreementContent } from '../schemas/agreement.schema'
import { agreementEndDate } from './agreement-dates'
import type { CheckContext } from './check-context'
import { checkCommitments } from './commitment-checks'
import { checkDurationAndClauses } from './duration-checks'
import { issue } from './issue-factory'
import { checkNeedAndPartner } from './need-partner-checks'
import { placeholderProblems } from './placeholder-scan'
import { checkSignatories } from './signatory-checks'
import { checkTitleConsistency } from './title-consistency'

export type { CheckContext, ConventionFacts, TermsCheckPartner } from './check-context'

/**
 * The signing gate. Lists what stops the agreement from being ready for signature (problems) and what deserves a
 * look (warnings), each pointing to the wizard step and field that fixes it. Pure: the service runs it on every path
 * to « prête pour signature » (wizard, CLI, import), the review step shows it.
 */
export function checkAgreement(content: AgreementContent, context: CheckContext): AgreementCheck {
  const out: AgreementCheck = { problems: [], warnings: [] }
  checkNeedAndPartner(content, context, out)
  checkTypeAndTerms(content, context, out)
  checkTitleConsistency(content, out)
  checkCommitments(content, out)
  checkDurationAndClauses(content, context, out)
  checkSignatories(content, context, out)
  out.problems.push(...placeholderProblems(content, context, out.problems))
  out.problems.sort((a, b) => a.step - b.step)
  out.warnings.sort((a, b) => a.step - b.step)
  return out
}

function checkTypeAndTerms(content: AgreementContent, { partner }: CheckContext, out: AgreementCheck): void {
  if (content.type === null) {
    out.problems.push(issue('type-missing', 3, 'type', 'Choisissez le type de partenariat.'))
    return
  }
  const terms = content.terms
  if (terms === null || terms.type !== content.type) {
    out.problems.push(
      issue('terms-missing', 4, 'terms', 'Renseignez les modalités propres au type de partenariat.')
    )
    return
  }
  forTerms(terms).check(
    { content, partner, endDate: agreementEndDate(content.startDate, content.durationMonths) },
    out
  )
}

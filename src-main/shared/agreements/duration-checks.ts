import type { AgreementCheck } from '../domain/agreement'
import type { AgreementContent } from '../schemas/agreement.schema'
import type { CheckContext } from './check-context'
import { isBlank, issue } from './issue-factory'

/** Step 6: the term, its renewal and notice, and the clauses the coordinator writes. */
export function checkDurationAndClauses(
  content: AgreementContent,
  { today }: CheckContext,
  out: AgreementCheck
): void {
  const required: Array<[string, boolean, string]> = [
    ['startDate', content.startDate === null, 'Indiquez la date de début.'],
    ['durationMonths', content.durationMonths === null, 'Indiquez la durée en mois.'],
    ['renewalRule', content.renewalRule === null, 'Précisez les conditions de reconduction.'],
    ['noticeMonths', content.noticeMonths === null, 'Indiquez le préavis de résiliation.'],
    [
      'followUpCommittee.composition',
      isBlank(content.followUpCommittee.composition),
      'Décrivez le comité de suivi.'
    ],
    ['communication.clause', isBlank(content.communication.clause), 'Rédigez la clause de communication.'],
    ['dataProtection', isBlank(content.dataProtection), 'Rédigez la clause de protection des données.'],
    ['confidentiality', isBlank(content.confidentiality), 'Rédigez la clause de confidentialité.'],
    ['jurisdiction', isBlank(content.jurisdiction), 'Indiquez la juridiction compétente.']
  ]
  for (const [field, missing, message] of required) {
    if (missing) out.problems.push(issue(`${field}-missing`, 6, field, message))
  }
  if (content.startDate !== null && content.startDate < today)
    out.warnings.push(issue('start-date-past', 6, 'startDate', 'La date de début est déjà passée.'))
  if (
    content.noticeMonths !== null &&
    content.durationMonths !== null &&
    content.noticeMonths >= content.durationMonths
  )
    out.warnings.push(
      issue('notice-too-long', 6, 'noticeMonths', 'Le préavis est aussi long que la convention elle-même.')
    )
}

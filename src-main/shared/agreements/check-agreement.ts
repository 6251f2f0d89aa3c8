import type { AgreementCheck } from '../domain/agreement'
import type { AgreementContent } from '../schemas/agreement.schema'
import {
  checkEconomicCooperation,
  checkPatronage,
  checkResponsiblePractices,
  checkSocialInnovation,
  type TermsCheckPartner
} from './check-terms'
import { isBlank, issue } from './issue-factory'

/** What the checker needs beyond the agreement itself; the service reads it from the database. */
export interface CheckContext {
  partner:
    | (TermsCheckPartner & {
        headNetworkId: number | null
        contacts: ReadonlyArray<{ id: number; maySign: boolean }>
      })
    | null
  /** Today, yyyy-mm-dd. */
  today: string
}

/**
 * Lists what stops the agreement from being ready for signature (problems) and what deserves a look (warnings),
 * each pointing to the wizard step and field that fixes it. Pure: the review step and the service share it.
 */
export function checkAgreement(content: AgreementContent, context: CheckContext): AgreementCheck {
  const out: AgreementCheck = { problems: [], warnings: [] }
  checkNeedAndPartner(content, context, out)
  checkTypeAndTerms(content, context, out)
  checkCommitments(content, out)
  checkDurationAndClauses(content, context, out)
  checkSignatories(content, context, out)
  return out
}

function checkNeedAndPartner(
  content: AgreementContent,
  { partner }: CheckContext,
  out: AgreementCheck
): void {
  if (content.needId === null)
    out.problems.push(
      issue('need-missing', 1, 'needId', 'Choisissez le besoin local auquel répond la convention.')
    )
  if (isBlank(content.title))
    out.problems.push(issue('title-missing', 1, 'title', 'Donnez un titre à la convention.'))
  if (content.partnerId === null)
    out.problems.push(issue('partner-missing', 2, 'partnerId', 'Choisissez la structure partenaire.'))
  if (content.route === null)
    out.problems.push(
      issue(
        'route-missing',
        2,
        'route',
        'Précisez si la convention relève d’un accord-cadre national ou est conclue en direct.'
      )
    )
  if (content.route === 'national-framework' && partner && partner.headNetworkId === null)
    out.problems.push(
      issue(
        'framework-without-head-network',
        2,
        'route',
        'Le partenaire n’est rattaché à aucune tête de réseau : la convention ne peut pas relever d’un accord-cadre national.'
      )
    )
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
  if (terms.type === 'economic-cooperation') checkEconomicCooperation(terms, out)
  if (terms.type === 'social-innovation') checkSocialInnovation(terms, content, out)
  if (terms.type === 'responsible-practices') checkResponsiblePractices(terms, partner, out)
  if (terms.type === 'patronage') checkPatronage(terms, partner, out)
}

function checkCommitments(content: AgreementContent, out: AgreementCheck): void {
  if (content.domainIds.length === 0)
    out.problems.push(issue('domains-missing', 5, 'domainIds', "Choisissez au moins un domaine d'action."))
  if (!content.laPosteCommitments.some((line) => !isBlank(line)))
    out.problems.push(
      issue(
        'la-poste-commitments-missing',
        5,
        'laPosteCommitments',
        'Indiquez au moins un engagement de La Poste.'
      )
    )
  if (!content.partnerCommitments.some((line) => !isBlank(line)))
    out.problems.push(
      issue(
        'partner-commitments-missing',
        5,
        'partnerCommitments',
        'Indiquez au moins un engagement du partenaire.'
      )
    )
  if (content.indicators.length === 0)
    out.problems.push(
      issue('indicators-missing', 5, 'indicators', 'Prévoyez au moins un indicateur de suivi avec sa cible.')
    )
  content.indicators.forEach((indicator, index) => {
    if (isBlank(indicator.label) || indicator.target === null || isBlank(indicator.unit))
      out.problems.push(
        issue(
          'indicator-incomplete',
          5,
          `indicators.${index}`,
          `Indicateur ${index + 1} : indiquez son libellé, sa cible et son unité.`
        )
      )
  })
  if (content.benefitCodes.length === 0)
    out.warnings.push(
      issue('benefits-missing', 5, 'benefitCodes', 'Aucun bénéfice pour le partenaire n’est coché.')
    )
}

function checkDurationAndClauses(
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

function checkSignatories(content: AgreementContent, { partner }: CheckContext, out: AgreementCheck): void {
  if (isBlank(content.laPosteSignatory.name))
    out.problems.push(
      issue('la-poste-signatory-missing', 7, 'laPosteSignatory.name', 'Indiquez le signataire pour La Poste.')
    )
  if (isBlank(content.laPosteSignatory.title))
    out.problems.push(
      issue(
        'la-poste-signatory-title-missing',
        7,
        'laPosteSignatory.title',
        'Indiquez la qualité du signataire de La Poste.'
      )
    )
  const contactId = content.partnerSignatoryContactId
  const contact =
    contactId === null ? undefined : partner?.contacts.find((candidate) => candidate.id === contactId)
  if (contactId === null)
    out.problems.push(
      issue(
        'partner-signatory-missing',
        7,
        'partnerSignatoryContactId',
        'Choisissez le signataire du partenaire parmi ses contacts.'
      )
    )
  else if (partner && !contact)
    out.problems.push(
      issue(
        'partner-signatory-unknown',
        7,
        'partnerSignatoryContactId',
        'Le signataire choisi ne fait plus partie des contacts du partenaire.'
      )
    )
  else if (contact && !contact.maySign)
    out.problems.push(
      issue(
        'partner-signatory-cannot-sign',
        7,
        'partnerSignatoryContactId',
        'Ce contact n’est pas habilité à signer pour le partenaire.'
      )
    )
  if (isBlank(content.place))
    out.problems.push(issue('place-missing', 7, 'place', 'Indiquez le lieu de signature.'))
}

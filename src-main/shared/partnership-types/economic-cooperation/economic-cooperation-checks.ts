import { isBlank, issue } from '../../agreements/issue-factory'
import type { AgreementCheck } from '../../domain/agreement'
import type { TermsCheckInput } from '../partnership-type-module'
import type { EconomicCooperationTerms } from './economic-cooperation-terms.schema'

const STEP = 4

/** Words that name a banking or financial service; « La Banque Postale » alone names the bank, not a service. */
const BANKING_SERVICE =
  /services? (bancaires?|financiers?)|op[ée]rations? (bancaires?|financi[èe]res?)|\bbancaires?\b|retraits? d[’']esp[èe]ces|ouvertures? de comptes?|\blivrets?\b/i

/** Whether the offer or the commitments promise banking services, which only La Banque Postale can mandate. */
export function mentionsBankingServices({
  terms,
  content
}: TermsCheckInput<EconomicCooperationTerms>): boolean {
  return [
    terms.jointOffer,
    terms.laPosteContribution,
    terms.partnerContribution,
    ...content.laPosteCommitments,
    ...content.partnerCommitments
  ].some((line) => BANKING_SERVICE.test(line))
}

/** A joint offer with its contributions, an HT remuneration, opening hours, and no banking without a mandate. */
export function checkEconomicCooperation(
  input: TermsCheckInput<EconomicCooperationTerms>,
  out: AgreementCheck
): void {
  const { terms } = input
  const problem = (code: string, field: string, message: string) =>
    out.problems.push(issue(code, STEP, field, message))
  const required: Array<
    [code: string, field: keyof EconomicCooperationTerms, blank: boolean, message: string]
  > = [
    ['joint-offer-missing', 'jointOffer', isBlank(terms.jointOffer), 'Décrivez l’offre commune.'],
    [
      'la-poste-contribution-missing',
      'laPosteContribution',
      isBlank(terms.laPosteContribution),
      'Décrivez l’apport de La Poste.'
    ],
    [
      'partner-contribution-missing',
      'partnerContribution',
      isBlank(terms.partnerContribution),
      'Décrivez l’apport du partenaire.'
    ],
    ['territory-missing', 'territory', isBlank(terms.territory), 'Indiquez le territoire desservi.'],
    [
      'opening-hours-missing',
      'openingHours',
      isBlank(terms.openingHours),
      'Indiquez les horaires d’ouverture au public.'
    ],
    [
      'remuneration-model-missing',
      'remunerationModel',
      terms.remunerationModel === null,
      'Choisissez le modèle de rémunération.'
    ],
    [
      'remuneration-amount-missing',
      'remunerationAmountCents',
      terms.remunerationAmountCents === null || terms.remunerationAmountCents <= 0,
      'Indiquez le montant hors taxes de la rémunération.'
    ],
    [
      'billing-frequency-missing',
      'billingFrequency',
      terms.billingFrequency === null,
      'Choisissez la périodicité de facturation.'
    ]
  ]
  for (const [code, field, blank, message] of required) if (blank) problem(code, `terms.${field}`, message)
  if (!terms.bankingMandate && mentionsBankingServices(input))
    problem(
      'banking-without-mandate',
      'terms.bankingMandate',
      'L’offre ou les engagements mentionnent des services bancaires : ils relèvent de La Banque Postale et exigent son propre mandat, que la convention ne peut accorder. Retirez-les, ou indiquez que La Banque Postale a confié un mandat distinct au partenaire.'
    )
}

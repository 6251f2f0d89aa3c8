import { isBlank, issue } from '../../agreements/issue-factory'
import type { AgreementCheck } from '../../domain/agreement'
import { patronageEligibility } from '../patronage/patronage-eligibility'
import type { TermsCheckInput } from '../partnership-type-module'
import type { SocialInnovationTerms } from './social-innovation-terms.schema'

const STEP = 4
const NAMES_LA_POSTE = /\bla poste\b/i

/** The service, an experimentation that fits the term, an evaluation with its data roles, and honest money. */
export function checkSocialInnovation(
  input: TermsCheckInput<SocialInnovationTerms>,
  out: AgreementCheck
): void {
  const { terms, content } = input
  const problem = (code: string, field: string, message: string) =>
    out.problems.push(issue(code, STEP, field, message))
  const sites = terms.experimentationSites.filter((site) => !isBlank(site))
  const required: Array<[code: string, field: string, missing: boolean, message: string]> = [
    [
      'missing-service-missing',
      'missingService',
      isBlank(terms.missingService),
      'Décrivez le service manquant que le projet crée.'
    ],
    ['target-public-missing', 'targetPublic', isBlank(terms.targetPublic), 'Indiquez le public visé.'],
    [
      'experimentation-months-missing',
      'experimentationMonths',
      terms.experimentationMonths === null || terms.experimentationMonths <= 0,
      'Indiquez la durée de l’expérimentation.'
    ],
    [
      'experimentation-sites-missing',
      'experimentationSites',
      sites.length === 0,
      'Indiquez au moins un site d’expérimentation.'
    ],
    [
      'evaluation-plan-missing',
      'evaluationPlan',
      isBlank(terms.evaluationPlan),
      'Une innovation sociale doit prévoir un plan d’évaluation : indiquez ce qui sera mesuré, quand et par qui.'
    ],
    [
      'data-collector-missing',
      'dataCollector',
      terms.dataCollector === null,
      'Indiquez qui collecte les données de l’évaluation.'
    ],
    [
      'data-role-missing',
      'dataRole',
      terms.dataRole === null,
      'Précisez le rôle des parties pour les données de l’évaluation (RGPD).'
    ],
    [
      'ownership-missing',
      'ownership',
      terms.ownership === null,
      'Indiquez à qui appartient ce qui est produit.'
    ],
    [
      'scale-up-conditions-missing',
      'scaleUpConditions',
      isBlank(terms.scaleUpConditions),
      'Indiquez à quelles conditions le service pourra être étendu ou pérennisé.'
    ]
  ]
  for (const [code, field, missing, message] of required)
    if (missing) problem(code, `terms.${field}`, message)
  if (
    terms.experimentationMonths !== null &&
    content.durationMonths !== null &&
    terms.experimentationMonths > content.durationMonths
  )
    problem(
      'experimentation-longer-than-agreement',
      'terms.experimentationMonths',
      'L’expérimentation ne peut pas durer plus longtemps que la convention : raccourcissez-la ou allongez la convention.'
    )
  if (terms.dataRole === 'processor' && terms.dataCollector === 'both')
    problem(
      'data-role-collector-mismatch',
      'terms.dataRole',
      'Un sous-traitant collecte pour le compte de l’autre partie : une seule partie peut collecter les données dans ce cas.'
    )
  checkFunding(input, problem)
}

type Problem = (code: string, field: string, message: string) => void

function checkFunding({ terms, partner }: TermsCheckInput<SocialInnovationTerms>, problem: Problem): void {
  terms.coFinancing.forEach((line, index) => {
    if (isBlank(line.funder) || line.amountCents === null)
      problem(
        'co-financing-incomplete',
        `terms.coFinancing.${index}`,
        `Cofinancement ${index + 1} : indiquez le financeur et son montant.`
      )
  })
  if (terms.laPosteFunding === 'none') {
    if (terms.coFinancing.some((line) => NAMES_LA_POSTE.test(line.funder)))
      problem(
        'la-poste-funding-undeclared',
        'terms.laPosteFunding',
        'La Poste figure parmi les cofinanceurs : précisez la nature de son financement (don, subvention ou prestation payée).'
      )
    return
  }
  if (terms.laPosteFundingCents === null || terms.laPosteFundingCents <= 0)
    problem(
      'la-poste-funding-amount-missing',
      'terms.laPosteFundingCents',
      'Indiquez le montant apporté par La Poste.'
    )
  const eligibility = partner ? patronageEligibility(partner) : null
  if (terms.laPosteFunding === 'gift' && eligibility && !eligibility.eligible)
    problem('la-poste-gift-not-eligible', 'terms.laPosteFunding', eligibility.reason)
}

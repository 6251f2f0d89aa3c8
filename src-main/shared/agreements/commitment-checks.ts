import { formatNumber, groupDigits } from '../documents/french-format'
import type { AgreementCheck } from '../domain/agreement'
import { indicatorMeasure } from '../partnership-types/common/indicator-measures'
import { skillsPersonDays } from '../partnership-types/patronage/patronage-valuation'
import type { AgreementContent } from '../schemas/agreement.schema'
import { isBlank, issue } from './issue-factory'

const STEP = 5

/** Step 5: commitments, indicators and benefits, consistent with the type and its terms. */
export function checkCommitments(content: AgreementContent, out: AgreementCheck): void {
  const problem = (code: string, field: string, message: string) =>
    out.problems.push(issue(code, STEP, field, message))
  if (content.domainIds.length === 0)
    problem('domains-missing', 'domainIds', 'Choisissez au moins un domaine d’action.')
  if (!content.laPosteCommitments.some((line) => !isBlank(line)))
    problem(
      'la-poste-commitments-missing',
      'laPosteCommitments',
      'Indiquez au moins un engagement de La Poste.'
    )
  if (!content.partnerCommitments.some((line) => !isBlank(line)))
    problem(
      'partner-commitments-missing',
      'partnerCommitments',
      'Indiquez au moins un engagement du partenaire.'
    )
  if (content.indicators.length === 0)
    problem('indicators-missing', 'indicators', 'Prévoyez au moins un indicateur de suivi avec sa cible.')
  content.indicators.forEach((indicator, index) => {
    if (isBlank(indicator.label) || indicator.target === null || isBlank(indicator.unit))
      problem(
        'indicator-incomplete',
        `indicators.${index}`,
        `Indicateur ${index + 1} : indiquez son libellé, sa cible et son unité.`
      )
  })
  checkSkillsConsistency(content, problem)
  if (content.benefitCodes.includes('reserved-markets') && !reservedMarket(content))
    problem(
      'benefit-reserved-markets-without-market',
      'benefitCodes',
      'Le bénéfice « marchés réservés » suppose des achats par un marché réservé : décochez-le, ou prévoyez un marché réservé (pratiques responsables).'
    )
  if (content.benefitCodes.length === 0)
    out.warnings.push(
      issue('benefits-missing', STEP, 'benefitCodes', 'Aucun bénéfice pour le partenaire n’est coché.')
    )
}

const reservedMarket = ({ terms }: AgreementContent) =>
  terms !== null && terms.type === 'responsible-practices' && terms.reservedMarket

type Problem = (code: string, field: string, message: string) => void

/** Skills appear only where the terms give skills, and the days measured are the days valued. */
function checkSkillsConsistency(content: AgreementContent, problem: Problem): void {
  const terms = content.terms
  const skills =
    terms !== null && terms.type === 'patronage' && terms.nature === 'skills' ? terms.skills : null
  if (skills === null && content.benefitCodes.includes('human-resources'))
    problem(
      'benefit-skills-without-skills',
      'benefitCodes',
      'Le bénéfice « ressources humaines spécifiques » désigne le mécénat de compétences, que la convention ne prévoit pas : décochez-le.'
    )
  const personDays = skills === null ? null : skillsPersonDays(skills)
  content.indicators.forEach((indicator, index) => {
    const measure = indicatorMeasure(indicator)
    if (measure === 'other' || measure === 'purchase-amount' || measure === 'insertion-hours') return
    if (skills === null)
      problem(
        'indicator-skills-without-skills',
        `indicators.${index}`,
        `Indicateur « ${indicator.label} » : la convention ne prévoit pas de mécénat de compétences. Retirez cet indicateur.`
      )
    else if (
      measure === 'skills-days' &&
      indicator.target !== null &&
      personDays !== null &&
      indicator.target !== personDays
    )
      problem(
        'indicator-skills-days-mismatch',
        `indicators.${index}.target`,
        `Indicateur « ${indicator.label} » : sa cible (${formatNumber(indicator.target)} jours) contredit les ${groupDigits(personDays)} jours valorisés dans les modalités (salariés × jours par salarié).`
      )
  })
}

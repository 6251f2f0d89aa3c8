import { isBlank, issue } from '../../agreements/issue-factory'
import { formatAmount } from '../../documents/french-format'
import type { AgreementCheck } from '../../domain/agreement'
import type { TermsCheckInput } from '../partnership-type-module'
import type { PatronageTerms } from './patronage-terms.schema'
import { dailyCeilingCents, dailySkillsCapCents } from './social-security-ceiling'

const STEP = 4

/** The gift itself: its nature, and what each nature must state to be valued and delivered. */
export function checkGift(
  { terms, content, endDate }: TermsCheckInput<PatronageTerms>,
  out: AgreementCheck
): void {
  const problem = (code: string, field: string, message: string) =>
    out.problems.push(issue(code, STEP, field, message))
  switch (terms.nature) {
    case null:
      problem(
        'patronage-nature-missing',
        'terms.nature',
        'Choisissez la nature du mécénat : financier, en nature ou de compétences.'
      )
      return
    case 'skills':
      checkSkills(terms, content.startDate, problem)
      return
    case 'financial':
    case 'in-kind':
      if (terms.amountCents === null || terms.amountCents <= 0)
        problem(
          'gift-amount-missing',
          'terms.amountCents',
          terms.nature === 'financial'
            ? 'Indiquez le montant du don.'
            : 'Indiquez la valorisation du don en nature.'
        )
      if (terms.nature === 'in-kind') checkInKind(terms, content.startDate, endDate, problem)
  }
}

type Problem = (code: string, field: string, message: string) => void

function checkSkills({ skills }: PatronageTerms, startDate: string | null, problem: Problem): void {
  if (skills.employees === null || skills.employees <= 0)
    problem('skills-employees-missing', 'terms.skills.employees', 'Indiquez le nombre de salariés mobilisés.')
  if (skills.days === null || skills.days <= 0)
    problem('skills-days-missing', 'terms.skills.days', 'Indiquez le nombre de jours par salarié.')
  if (skills.dailyCostCents === null || skills.dailyCostCents <= 0)
    problem(
      'skills-daily-cost-missing',
      'terms.skills.dailyCostCents',
      'Indiquez le coût journalier retenu pour la valorisation (salaire et charges).'
    )
  else if (startDate !== null) {
    const year = Number(startDate.slice(0, 4))
    const cap = dailySkillsCapCents(year)
    if (skills.dailyCostCents > cap)
      problem(
        'skills-daily-cost-over-cap',
        'terms.skills.dailyCostCents',
        `Le coût journalier retenu dépasse le plafond de valorisation : trois fois le plafond journalier de la sécurité sociale (${dailyCeilingCents(year).year}), soit ${formatAmount(cap)} par jour et par salarié (art. 238 bis du CGI).`
      )
  }
  if (isBlank(skills.missions))
    problem(
      'skills-missions-missing',
      'terms.skills.missions',
      'Décrivez les missions confiées aux salariés.'
    )
  if (isBlank(skills.placeAndHours))
    problem(
      'skills-place-missing',
      'terms.skills.placeAndHours',
      'Indiquez le lieu et les horaires de la mise à disposition (ils figurent dans l’avenant au contrat de chaque salarié).'
    )
}

function checkInKind(
  { inKind }: PatronageTerms,
  startDate: string | null,
  endDate: string | null,
  problem: Problem
): void {
  if (isBlank(inKind.goods))
    problem(
      'in-kind-goods-missing',
      'terms.inKind.goods',
      'Décrivez les biens donnés (nature, quantité, état).'
    )
  if (inKind.valuationMethod === null)
    problem(
      'in-kind-valuation-method-missing',
      'terms.inKind.valuationMethod',
      'Précisez la méthode de valorisation : coût de revient des biens en stock ou valeur nette comptable.'
    )
  if (inKind.deliveryDate === null)
    problem(
      'in-kind-delivery-date-missing',
      'terms.inKind.deliveryDate',
      'Indiquez la date de livraison des biens.'
    )
  else if (
    startDate !== null &&
    endDate !== null &&
    (inKind.deliveryDate < startDate || inKind.deliveryDate > endDate)
  )
    problem(
      'in-kind-delivery-outside-term',
      'terms.inKind.deliveryDate',
      'La livraison doit avoir lieu pendant la durée de la convention.'
    )
  if (isBlank(inKind.deliveryPlace))
    problem(
      'in-kind-delivery-place-missing',
      'terms.inKind.deliveryPlace',
      'Indiquez le lieu de livraison des biens.'
    )
}

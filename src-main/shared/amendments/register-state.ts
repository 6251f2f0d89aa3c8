import { agreementEndDate, termEndDate } from '../agreements/agreement-dates'
import type { DocumentSources } from '../documents/document-sources'
import { formatLongDate } from '../documents/french-format'
import type { AgreementContent, Indicator } from '../schemas/agreement.schema'
import type { RegisterChange } from './amendment-change.schema'
import { AmendmentProblem } from './amendment-problem'

/** What the register knows of an agreement and a signed amendment can change. */
export interface RegisterState {
  durationMonths: number | null
  terms: AgreementContent['terms']
  indicators: Indicator[]
  laPosteSignatory: AgreementContent['laPosteSignatory']
  partnerSignatoryContactId: number | null
}

export function registerStateOf(content: RegisterState): RegisterState {
  return {
    durationMonths: content.durationMonths,
    terms: content.terms,
    indicators: content.indicators,
    laPosteSignatory: content.laPosteSignatory,
    partnerSignatoryContactId: content.partnerSignatoryContactId
  }
}

const MAX_MONTHS = 120

/** The number of months of a term from `startDate` that ends on `endDate`, inclusive, if there is one. */
function monthsEndingOn(startDate: string, endDate: string): number | null {
  for (let months = 1; months <= MAX_MONTHS; months += 1)
    if (termEndDate(startDate, months) === endDate) return months
  return null
}

function prolong(state: RegisterState, startDate: string | null, newEndDate: string): RegisterState {
  const currentEnd = agreementEndDate(startDate, state.durationMonths)
  if (startDate === null || currentEnd === null)
    throw new AmendmentProblem(
      'newEndDate',
      'La convention n’a pas de durée : elle ne peut pas être prolongée.'
    )
  if (newEndDate <= currentEnd)
    throw new AmendmentProblem(
      'newEndDate',
      `Une prolongation reporte le terme : la convention se termine le ${formatLongDate(currentEnd)}, la nouvelle date doit être postérieure.`
    )
  const months = monthsEndingOn(startDate, newEndDate)
  if (months === null) {
    const earlier = [...Array(MAX_MONTHS).keys()]
      .map((index) => termEndDate(startDate, index + 1))
      .filter((end) => end > currentEnd)
    const before = earlier.filter((end) => end < newEndDate).at(-1)
    const after = earlier.find((end) => end > newEndDate)
    const choices = [before, after].filter((end) => end !== undefined).map((end) => formatLongDate(end))
    throw new AmendmentProblem(
      'newEndDate',
      `La durée se compte en mois entiers depuis le ${formatLongDate(startDate)} : choisissez par exemple le ${choices.join(' ou le ')}.`
    )
  }
  return { ...state, durationMonths: months }
}

function changeAmount(
  state: RegisterState,
  change: Extract<RegisterChange, { kind: 'amount' }>
): RegisterState {
  const terms = state.terms
  const cents = change.newAmountCents
  if (terms?.type === 'economic-cooperation')
    return { ...state, terms: { ...terms, remunerationAmountCents: cents } }
  if (terms?.type === 'responsible-practices')
    return { ...state, terms: { ...terms, yearlyAmountCents: cents } }
  if (terms?.type === 'patronage') {
    if (terms.nature === 'skills')
      throw new AmendmentProblem(
        'newAmountCents',
        'Un mécénat de compétences se valorise par ses journées : modifiez-les par les mots de l’article.'
      )
    return {
      ...state,
      terms: {
        ...terms,
        amountCents: cents,
        paymentSchedule: change.payments ?? terms.paymentSchedule
      }
    }
  }
  throw new AmendmentProblem(
    'newAmountCents',
    'Cette convention n’a pas de montant unique : modifiez le cofinancement par les mots de l’article.'
  )
}

/** The register after one change; refuses, with its field, a prolongation that shortens or a missing signatory. */
export function applyRegisterChange(
  state: RegisterState,
  change: RegisterChange,
  startDate: string | null
): RegisterState {
  switch (change.kind) {
    case 'end-date':
      return prolong(state, startDate, change.newEndDate)
    case 'amount':
      return changeAmount(state, change)
    case 'indicators':
      return { ...state, indicators: change.indicators }
    case 'signatory':
      if (change.party === 'partner') {
        if (change.contactId === null)
          throw new AmendmentProblem('contactId', 'Choisissez le nouveau signataire du Partenaire.')
        return { ...state, partnerSignatoryContactId: change.contactId }
      }
      if (change.name === '' || change.title === '')
        throw new AmendmentProblem('name', 'Indiquez le nom et la qualité du nouveau signataire de La Poste.')
      return { ...state, laPosteSignatory: { name: change.name, title: change.title } }
  }
}

/** The sources of the convention as the register state says, for rendering it before and after a change. */
export function sourcesWithState(sources: DocumentSources, state: RegisterState): DocumentSources {
  const agreement = {
    ...sources.agreement,
    ...state,
    endDate: agreementEndDate(sources.agreement.startDate, state.durationMonths)
  }
  const partnerSignatory =
    sources.partner?.contacts.find((contact) => contact.id === state.partnerSignatoryContactId) ??
    (state.partnerSignatoryContactId === sources.agreement.partnerSignatoryContactId
      ? sources.partnerSignatory
      : null)
  return { ...sources, agreement, partnerSignatory }
}

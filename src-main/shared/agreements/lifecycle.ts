import type { AgreementStatus } from '../domain/agreement'
import { AGREEMENT_STATUS_LABELS } from '../domain/agreement'
import type { FieldErrors } from '../errors'
import { addDays, addMonths } from './agreement-dates'

/**
 * The life of a signed convention: automatic start and end, early termination, renewal. Pure rules, enforced by
 * the services on every path (app, CLI, import), shown early by the forms.
 */

export const TERMINATION_DECIDERS = ['la-poste', 'partner', 'mutual'] as const
export type TerminationDecider = (typeof TERMINATION_DECIDERS)[number]

export const TERMINATION_DECIDER_LABELS: Record<TerminationDecider, string> = {
  'la-poste': 'La Poste',
  partner: 'Le partenaire',
  mutual: 'Les deux parties, d’un commun accord'
}

/** What a convention must say about itself for the lifecycle rules. */
export interface LifecycleFacts {
  status: AgreementStatus
  startDate: string | null
  endDate: string | null
}

export interface TerminationRequest {
  /** Effective date of the termination (ISO). */
  date: string | null
  reason: string
  decidedBy: TerminationDecider | null
}

/**
 * Why a termination is refused, by field; empty when it may proceed. A convention that already ended (or was
 * already terminated) cannot be terminated; the date may be in the future (a notice) but not before the start nor
 * after the planned end.
 */
export function terminationProblems(agreement: LifecycleFacts, request: TerminationRequest): FieldErrors {
  const problems: FieldErrors = {}
  if (agreement.status === 'ended' || agreement.status === 'terminated') {
    problems['status'] =
      `Une convention « ${AGREEMENT_STATUS_LABELS[agreement.status]} » ne peut plus être résiliée.`
    return problems
  }
  if (agreement.status !== 'signed' && agreement.status !== 'active')
    problems['status'] = 'Seule une convention signée ou en cours peut être résiliée.'
  if (request.reason.trim() === '') problems['reason'] = 'Indiquez le motif de la résiliation.'
  if (request.decidedBy === null) problems['decidedBy'] = 'Indiquez qui a décidé la résiliation.'
  if (request.date === null) problems['date'] = 'Indiquez la date d’effet de la résiliation.'
  else if (agreement.startDate !== null && request.date < agreement.startDate)
    problems['date'] = 'La résiliation ne peut pas prendre effet avant le début de la convention.'
  else if (agreement.endDate !== null && request.date > agreement.endDate)
    problems['date'] = 'Cette date est après la fin prévue : la convention se terminera d’elle-même.'
  return problems
}

/** When no date is given: today, or the start date for a convention that has not started (it then never runs). */
export function defaultTerminationDate(startDate: string | null, today: string): string {
  return startDate !== null && startDate > today ? startDate : today
}

/**
 * The status change a convention is due on `today`, if any: signed → in progress from its start date, in progress
 * → ended the day after its end date. A signed convention whose end has passed too goes through both.
 */
export function dueTransitions(agreement: LifecycleFacts, today: string): AgreementStatus[] {
  const due: AgreementStatus[] = []
  let status = agreement.status
  if (status === 'signed' && agreement.startDate !== null && agreement.startDate <= today) {
    due.push('active')
    status = 'active'
  }
  if (status === 'active' && agreement.endDate !== null && agreement.endDate < today) due.push('ended')
  return due
}

/** Last day to give notice of non-renewal or termination: the end date minus the notice period; null without both. */
export function noticeDeadline(endDate: string | null, noticeMonths: number | null): string | null {
  if (endDate === null || noticeMonths === null || noticeMonths <= 0) return null
  return addMonths(endDate, -noticeMonths)
}

/** A renewal starts the day after the previous convention ends (or has no date yet when the end is unknown). */
export function renewalStartDate(endDate: string | null): string | null {
  return endDate === null ? null : addDays(endDate, 1)
}

/** Which conventions may be renewed: signed ones that are not terminated early. */
export function renewalProblem(status: AgreementStatus): string | null {
  if (status === 'signed' || status === 'active' || status === 'ended') return null
  if (status === 'terminated') return 'Une convention résiliée ne se renouvelle pas : dupliquez-la plutôt.'
  return 'Seule une convention signée peut être renouvelée.'
}

/** Only drafts can be deleted; anything once ready for signature is kept for the record. */
export function deletionProblem(status: AgreementStatus): string | null {
  return status === 'draft'
    ? null
    : `Une convention « ${AGREEMENT_STATUS_LABELS[status]} » ne peut pas être supprimée : seuls les brouillons le peuvent.`
}

import { localIsoDate } from '../../shared/agreements/agreement-dates'
import { noticeDeadline } from '../../shared/agreements/lifecycle'
import type { Agreement, AgreementStatus } from '../../shared/domain/agreement'
import { AGREEMENT_STATUS_LABELS } from '../../shared/domain/agreement'
import type { FollowUpView } from '../../shared/domain/follow-up'
import { ConflictError } from '../../shared/errors'
import {
  FOLLOW_UP_LOOKAHEAD_DAYS,
  reportingPeriods,
  type ReportingPeriod,
  type ScheduleFacts
} from '../../shared/follow-up/follow-up-schedule'
import { addDays } from '../../shared/agreements/agreement-dates'

/** Statuses at which each kind of follow-up may be recorded: nothing happens before the signature. */
export const MEETING_STATUSES: readonly AgreementStatus[] = ['signed', 'active', 'ended', 'terminated']
export const RESULT_STATUSES: readonly AgreementStatus[] = ['active', 'ended', 'terminated']

export function assertStatus(
  agreement: Pick<Agreement, 'reference' | 'status'>,
  allowed: readonly AgreementStatus[],
  what: string
): void {
  if (!allowed.includes(agreement.status))
    throw new ConflictError(
      `${what} : la convention ${agreement.reference} est « ${AGREEMENT_STATUS_LABELS[agreement.status]} ».`
    )
}

export function scheduleFacts(agreement: Agreement, terminationDate: string | null): ScheduleFacts {
  return {
    startDate: agreement.startDate,
    effectiveEndDate: terminationDate ?? agreement.endDate,
    meetingsPerYear: agreement.followUpCommittee.meetingsPerYear
  }
}

export function findPeriod(facts: ScheduleFacts, periodNumber: number): ReportingPeriod | undefined {
  return reportingPeriods(facts).find((period) => period.number === periodNumber)
}

/** The header of the follow-up page: dates that apply, notice deadline, committee rhythm. */
export function agreementFacts(
  agreement: Agreement,
  terminationDate: string | null
): FollowUpView['agreement'] {
  return {
    id: agreement.id,
    reference: agreement.reference,
    title: agreement.title,
    type: agreement.type,
    status: agreement.status,
    partnerId: agreement.partnerId,
    partnerName: agreement.partnerName,
    startDate: agreement.startDate,
    endDate: agreement.endDate,
    effectiveEndDate: terminationDate ?? agreement.endDate,
    noticeMonths: agreement.noticeMonths,
    noticeDeadline:
      terminationDate === null ? noticeDeadline(agreement.endDate, agreement.noticeMonths) : null,
    meetingsPerYear: agreement.followUpCommittee.meetingsPerYear
  }
}

/** A period is due for results once it is over or within the look-ahead. */
export function periodIsDue(period: ReportingPeriod, now: Date): boolean {
  return period.end <= addDays(localIsoDate(now), FOLLOW_UP_LOOKAHEAD_DAYS)
}

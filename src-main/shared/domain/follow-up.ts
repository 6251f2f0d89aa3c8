import type { TerminationDecider } from '../agreements/lifecycle'
import type { ReportingPeriod } from '../follow-up/follow-up-schedule'
import type { PartnershipTypeCode } from '../reference/reference-data'
import type { AgreementStatus } from './agreement'

/** Types of file accepted as committee minutes, told by their content, not their name. */
export const MINUTES_FILE_TYPES = ['pdf', 'docx', 'odt', 'png', 'jpg'] as const
export type MinutesFileType = (typeof MINUTES_FILE_TYPES)[number]

export interface MinutesFile {
  /** The name the coordinator gave it (cleaned), shown in the list. */
  originalName: string
  /** Relative to the documents folder: `<reference>/suivi/…`. */
  storedName: string
  type: MinutesFileType
  sha256: string
  sizeBytes: number
}

export interface CommitteeMeeting {
  id: number
  agreementId: number
  heldOn: string
  attendees: string[]
  decisions: string
  minutes: MinutesFile | null
  createdAt: string
  updatedAt: string
}

export interface IndicatorResult {
  id: number
  agreementId: number
  indicatorIndex: number
  /** The indicator as worded when the result was recorded. */
  indicatorLabel: string
  unit: string
  target: number | null
  periodNumber: number
  periodStart: string
  periodEnd: string
  value: number
  comment: string
  recordedAt: string
}

export const EVALUATION_OUTCOMES = ['met', 'partly-met', 'not-met'] as const
export type EvaluationOutcome = (typeof EVALUATION_OUTCOMES)[number]
export const EVALUATION_OUTCOME_LABELS: Record<EvaluationOutcome, string> = {
  met: 'Objectifs atteints',
  'partly-met': 'Objectifs partiellement atteints',
  'not-met': 'Objectifs non atteints'
}

export const EVALUATION_RECOMMENDATIONS = ['renew', 'adapt', 'stop'] as const
export type EvaluationRecommendation = (typeof EVALUATION_RECOMMENDATIONS)[number]
export const EVALUATION_RECOMMENDATION_LABELS: Record<EvaluationRecommendation, string> = {
  renew: 'Renouveler le partenariat',
  adapt: 'Renouveler en l’adaptant',
  stop: 'Ne pas renouveler'
}

export interface FinalEvaluation {
  agreementId: number
  writtenOn: string
  outcome: EvaluationOutcome
  recommendation: EvaluationRecommendation
  summary: string
  updatedAt: string
}

export interface TerminationLetter {
  id: number
  fileName: string
  sha256: string
  sizeBytes: number
  createdAt: string
}

export interface Termination {
  effectiveDate: string
  reason: string
  decidedBy: TerminationDecider
  recordedAt: string
  letters: TerminationLetter[]
}

export interface LinkedAgreement {
  id: number
  reference: string
  status: AgreementStatus
}

export interface FollowUpIndicator {
  index: number
  label: string
  unit: string
  target: number | null
}

export interface FollowUpPeriod extends ReportingPeriod {
  /** Results are expected once the period is over (or about to be). */
  due: boolean
  /** Indicators with no result for this period. */
  missing: number
}

/** Everything the follow-up page shows for one convention. */
export interface FollowUpView {
  agreement: {
    id: number
    reference: string
    title: string
    type: PartnershipTypeCode | null
    status: AgreementStatus
    partnerId: number | null
    partnerName: string | null
    startDate: string | null
    endDate: string | null
    /** The end that applies: the termination's effective date when terminated early. */
    effectiveEndDate: string | null
    noticeMonths: number | null
    noticeDeadline: string | null
    meetingsPerYear: number | null
  }
  termination: Termination | null
  renewedFrom: LinkedAgreement | null
  renewedBy: LinkedAgreement | null
  meetings: CommitteeMeeting[]
  nextCommitteeDue: string | null
  indicators: FollowUpIndicator[]
  periods: FollowUpPeriod[]
  results: IndicatorResult[]
  evaluation: FinalEvaluation | null
}

/** A partner's conventions with their follow-up at a glance (partner page). */
export interface PartnerAgreementFollowUp {
  id: number
  reference: string
  title: string
  status: AgreementStatus
  startDate: string | null
  effectiveEndDate: string | null
  meetingCount: number
  lastMeetingOn: string | null
  resultCount: number
  /** Mean achievement of the latest results against their targets, in percent. */
  achievementPercent: number | null
  evaluated: boolean
}

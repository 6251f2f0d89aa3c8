import type { PartnershipTypeCode } from '../reference/reference-data'
import type { AgreementContent, WizardStep, WizardStepKey } from '../schemas/agreement.schema'

export const AGREEMENT_STATUSES = [
  'draft',
  'ready_for_signature',
  'signed',
  'active',
  'ended',
  'terminated'
] as const

export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number]

export const AGREEMENT_STATUS_LABELS: Record<AgreementStatus, string> = {
  draft: 'Brouillon',
  ready_for_signature: 'Prête pour signature',
  signed: 'Signée',
  active: 'En cours',
  ended: 'Terminée',
  terminated: 'Résiliée'
}

/** An agreement as stored: its editable content plus what the app manages (reference, status, dates). */
export interface Agreement extends AgreementContent {
  id: number
  reference: string
  status: AgreementStatus
  version: number
  /** The wizard step where the coordinator left the draft. */
  wizardStep: WizardStep
  /** Start date + duration, computed; null while either is missing. */
  endDate: string | null
  year: number
  department: string
  partnerName: string | null
  needTitle: string | null
  createdAt: string
  updatedAt: string
}

export interface AgreementIssue {
  code: string
  step: WizardStep
  stepKey: WizardStepKey
  /** Path of the field that fixes it, e.g. `terms.evaluationPlan` or `startDate`. */
  field: string
  message: string
}

export interface AgreementCheck {
  /** Blocking: the agreement cannot become "ready for signature" while any remain. */
  problems: AgreementIssue[]
  /** Worth a look, never blocking. */
  warnings: AgreementIssue[]
}

/** What create, get, saveDraft, duplicate and transition answer: the agreement and its problems. */
export interface AgreementView {
  agreement: Agreement
  check: AgreementCheck
}

/** One row of the register. */
export interface AgreementSummary {
  id: number
  reference: string
  title: string
  type: PartnershipTypeCode | null
  status: AgreementStatus
  partnerId: number | null
  partnerName: string | null
  needId: number | null
  needTitle: string | null
  headNetwork: string | null
  startDate: string | null
  endDate: string | null
  year: number
  department: string
  wizardStep: WizardStep
  updatedAt: string
  /** Signed or active, and ending within 60 days. */
  endingSoon: boolean
}

export interface AgreementPage {
  rows: AgreementSummary[]
  /** Rows matching the query, all pages together. */
  total: number
}

export interface AgreementHistoryEntry {
  id: number
  at: string
  kind: 'created' | 'duplicated' | 'status' | 'changed'
  fromStatus: AgreementStatus | null
  toStatus: AgreementStatus | null
  summary: string
}

import type { AgreementStatus } from '../domain/agreement'

/**
 * Allowed status changes: draft → ready → signed → active → ended or terminated. Going back from "ready for signature" to "draft" lets the
 * coordinator correct a text before anyone signs; after signature, a change is an amendment, never an edit.
 */
export const STATUS_TRANSITIONS: Record<AgreementStatus, readonly AgreementStatus[]> = {
  draft: ['ready_for_signature'],
  ready_for_signature: ['draft', 'signed'],
  signed: ['active', 'terminated'],
  active: ['ended', 'terminated'],
  ended: [],
  terminated: []
}

export function canTransition(from: AgreementStatus, to: AgreementStatus): boolean {
  return STATUS_TRANSITIONS[from].includes(to)
}

/** Only drafts are edited in place. */
export function isEditable(status: AgreementStatus): boolean {
  return status === 'draft'
}

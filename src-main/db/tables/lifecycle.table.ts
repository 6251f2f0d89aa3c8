import type { Generated, Selectable } from 'kysely'

/** Terminations and their letters, renewals, deleted drafts (migration 0061). */

export interface AgreementTerminationTable {
  agreement_id: number
  effective_date: string
  reason: string
  decided_by: string
  recorded_at: string
}

export interface TerminationLetterTable {
  id: Generated<number>
  agreement_id: number
  /** Relative to the documents folder: `<reference>/<file>`. */
  file_name: string
  sha256: string
  size_bytes: number
  created_at: string
}

export interface AgreementRenewalTable {
  previous_id: number
  next_id: number
  created_at: string
}

export interface DeletedAgreementTable {
  id: Generated<number>
  agreement_id: number
  reference: string
  title: string
  partner_name: string | null
  deleted_at: string
  /** JSON array of the history entries the draft had. */
  history: string
}

export type AgreementTerminationRow = Selectable<AgreementTerminationTable>
export type TerminationLetterRow = Selectable<TerminationLetterTable>
export type DeletedAgreementRow = Selectable<DeletedAgreementTable>

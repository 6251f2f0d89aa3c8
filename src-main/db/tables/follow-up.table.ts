import type { Generated, Selectable } from 'kysely'

/** Committee meetings, indicator results and final evaluations (migration 0060). */

export interface CommitteeMeetingTable {
  id: Generated<number>
  agreement_id: number
  held_on: string
  /** JSON array of names. */
  attendees: string
  decisions: string
  minutes_original_name: string | null
  /** Relative to the documents folder. */
  minutes_file_name: string | null
  minutes_type: string | null
  minutes_sha256: string | null
  minutes_size_bytes: number | null
  created_at: string
  updated_at: string
}

export interface IndicatorResultTable {
  id: Generated<number>
  agreement_id: number
  indicator_index: number
  indicator_label: string
  unit: string
  target: number | null
  period_number: number
  period_start: string
  period_end: string
  value: number
  comment: string
  recorded_at: string
}

export interface FinalEvaluationTable {
  agreement_id: number
  written_on: string
  outcome: string
  recommendation: string
  summary: string
  created_at: string
  updated_at: string
}

export type CommitteeMeetingRow = Selectable<CommitteeMeetingTable>
export type IndicatorResultRow = Selectable<IndicatorResultTable>
export type FinalEvaluationRow = Selectable<FinalEvaluationTable>

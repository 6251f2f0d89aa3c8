import type { AppDatabase } from '../../db/schema'
import type {
  CommitteeMeetingRow,
  FinalEvaluationRow,
  IndicatorResultRow
} from '../../db/tables/follow-up.table'
import type {
  CommitteeMeeting,
  EvaluationOutcome,
  EvaluationRecommendation,
  FinalEvaluation,
  IndicatorResult,
  MinutesFileType
} from '../../shared/domain/follow-up'

/** Plain data access for committee meetings, indicator results and final evaluations. */

export function toMeeting(row: CommitteeMeetingRow): CommitteeMeeting {
  return {
    id: row.id,
    agreementId: row.agreement_id,
    heldOn: row.held_on,
    attendees: JSON.parse(row.attendees) as string[],
    decisions: row.decisions,
    minutes:
      row.minutes_file_name === null || row.minutes_sha256 === null
        ? null
        : {
            originalName: row.minutes_original_name ?? '',
            storedName: row.minutes_file_name,
            type: row.minutes_type as MinutesFileType,
            sha256: row.minutes_sha256,
            sizeBytes: row.minutes_size_bytes ?? 0
          },
    createdAt: row.created_at,
    updatedAt: row.updated_at
  }
}

export function toResult(row: IndicatorResultRow): IndicatorResult {
  return {
    id: row.id,
    agreementId: row.agreement_id,
    indicatorIndex: row.indicator_index,
    indicatorLabel: row.indicator_label,
    unit: row.unit,
    target: row.target,
    periodNumber: row.period_number,
    periodStart: row.period_start,
    periodEnd: row.period_end,
    value: row.value,
    comment: row.comment,
    recordedAt: row.recorded_at
  }
}

export function toEvaluation(row: FinalEvaluationRow): FinalEvaluation {
  return {
    agreementId: row.agreement_id,
    writtenOn: row.written_on,
    outcome: row.outcome as EvaluationOutcome,
    recommendation: row.recommendation as EvaluationRecommendation,
    summary: row.summary,
    updatedAt: row.updated_at
  }
}

export function listMeetingRows(db: AppDatabase, agreementId: number) {
  return db
    .selectFrom('committee_meetings')
    .selectAll()
    .where('agreement_id', '=', agreementId)
    .orderBy('held_on')
    .orderBy('id')
    .execute()
}

export function findMeetingRow(db: AppDatabase, meetingId: number) {
  return db.selectFrom('committee_meetings').selectAll().where('id', '=', meetingId).executeTakeFirst()
}

export function listResultRows(db: AppDatabase, agreementId: number) {
  return db
    .selectFrom('indicator_results')
    .selectAll()
    .where('agreement_id', '=', agreementId)
    .orderBy('period_number')
    .orderBy('indicator_index')
    .execute()
}

export function findEvaluationRow(db: AppDatabase, agreementId: number) {
  return db
    .selectFrom('final_evaluations')
    .selectAll()
    .where('agreement_id', '=', agreementId)
    .executeTakeFirst()
}

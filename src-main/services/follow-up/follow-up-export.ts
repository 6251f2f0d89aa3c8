import { inSlices } from '../../db/in-slices'
import type { AppDatabase } from '../../db/schema'
import type { EvaluationOutcome, EvaluationRecommendation } from '../../shared/domain/follow-up'
import type { BundleFollowUp } from '../../shared/exchange/bundle-manifest.schema'

/**
 * The follow-up of the exported agreements, by agreement id, as it travels in the manifest. An anonymised export
 * names no one: the attendees of the meetings are left out.
 */
export async function followUpForExport(
  db: AppDatabase,
  ids: readonly number[],
  { anonymised }: { anonymised: boolean }
): Promise<Map<number, BundleFollowUp>> {
  const [terminations, meetings, results, evaluations] = await Promise.all([
    inSlices(ids, (slice) =>
      db.selectFrom('agreement_terminations').selectAll().where('agreement_id', 'in', slice).execute()
    ),
    inSlices(ids, (slice) =>
      db
        .selectFrom('committee_meetings')
        .selectAll()
        .where('agreement_id', 'in', slice)
        .orderBy('held_on')
        .orderBy('id')
        .execute()
    ),
    inSlices(ids, (slice) =>
      db
        .selectFrom('indicator_results')
        .selectAll()
        .where('agreement_id', 'in', slice)
        .orderBy('period_number')
        .orderBy('indicator_index')
        .execute()
    ),
    inSlices(ids, (slice) =>
      db.selectFrom('final_evaluations').selectAll().where('agreement_id', 'in', slice).execute()
    )
  ])
  const byId = new Map<number, BundleFollowUp>()
  const entry = (id: number): BundleFollowUp => {
    const existing = byId.get(id)
    if (existing) return existing
    const created: BundleFollowUp = { termination: null, meetings: [], results: [], evaluation: null }
    byId.set(id, created)
    return created
  }
  for (const row of terminations)
    entry(row.agreement_id).termination = {
      effectiveDate: row.effective_date,
      reason: row.reason,
      decidedBy: row.decided_by as 'la-poste' | 'partner' | 'mutual'
    }
  for (const row of meetings)
    entry(row.agreement_id).meetings.push({
      heldOn: row.held_on,
      attendees: anonymised ? [] : (JSON.parse(row.attendees) as string[]),
      decisions: row.decisions,
      minutesSha256: row.minutes_sha256
    })
  for (const row of results)
    entry(row.agreement_id).results.push({
      indicatorLabel: row.indicator_label,
      unit: row.unit,
      target: row.target,
      periodNumber: row.period_number,
      periodStart: row.period_start,
      periodEnd: row.period_end,
      value: row.value,
      comment: row.comment
    })
  for (const row of evaluations)
    entry(row.agreement_id).evaluation = {
      writtenOn: row.written_on,
      outcome: row.outcome as EvaluationOutcome,
      recommendation: row.recommendation as EvaluationRecommendation,
      summary: row.summary
    }
  return byId
}

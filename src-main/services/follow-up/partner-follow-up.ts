import { sql } from 'kysely'
import type { AppDatabase } from '../../db/schema'
import type { AgreementStatus } from '../../shared/domain/agreement'
import type { PartnerAgreementFollowUp } from '../../shared/domain/follow-up'
import { NotFoundError } from '../../shared/errors'
import { achievementPercent } from '../../shared/follow-up/follow-up-schedule'

/** A partner's conventions, newest first, with their follow-up at a glance (the partner page lists them). */
export async function partnerFollowUp(
  db: AppDatabase,
  partnerId: number
): Promise<PartnerAgreementFollowUp[]> {
  const partner = await db.selectFrom('partners').select('id').where('id', '=', partnerId).executeTakeFirst()
  if (!partner) throw new NotFoundError(`Le partenaire n° ${partnerId} n'existe pas.`)
  const rows = await db
    .selectFrom('agreements as a')
    .leftJoin('agreement_terminations as t', 't.agreement_id', 'a.id')
    .select([
      'a.id',
      'a.reference',
      'a.title',
      'a.status',
      'a.start_date',
      sql<string | null>`coalesce(t.effective_date, a.end_date)`.as('effective_end_date'),
      sql<number>`(select count(*) from committee_meetings m where m.agreement_id = a.id)`.as(
        'meeting_count'
      ),
      sql<string | null>`(select max(held_on) from committee_meetings m where m.agreement_id = a.id)`.as(
        'last_meeting_on'
      ),
      sql<number>`(select count(*) from indicator_results r where r.agreement_id = a.id)`.as('result_count'),
      sql<number>`exists (select 1 from final_evaluations e where e.agreement_id = a.id)`.as('evaluated')
    ])
    .where('a.partner_id', '=', partnerId)
    .orderBy('a.start_date', 'desc')
    .orderBy('a.id', 'desc')
    .execute()
  const latest = await db
    .selectFrom('indicator_results as r')
    .innerJoin('agreements as a', 'a.id', 'r.agreement_id')
    .select(['r.agreement_id', 'r.value', 'r.target'])
    .where('a.partner_id', '=', partnerId)
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('indicator_results as later')
            .select('later.id')
            .whereRef('later.agreement_id', '=', 'r.agreement_id')
            .whereRef('later.indicator_index', '=', 'r.indicator_index')
            .whereRef('later.period_number', '>', 'r.period_number')
        )
      )
    )
    .execute()
  return rows.map((row) => {
    const percents = latest
      .filter((result) => result.agreement_id === row.id)
      .map((result) => achievementPercent(result.value, result.target))
      .filter((percent) => percent !== null)
    return {
      id: row.id,
      reference: row.reference,
      title: row.title,
      status: row.status as AgreementStatus,
      startDate: row.start_date,
      effectiveEndDate: row.effective_end_date,
      meetingCount: Number(row.meeting_count),
      lastMeetingOn: row.last_meeting_on,
      resultCount: Number(row.result_count),
      achievementPercent:
        percents.length === 0
          ? null
          : Math.round(percents.reduce((sum, percent) => sum + percent, 0) / percents.length),
      evaluated: row.evaluated === 1
    }
  })
}

import { sql } from 'kysely'
import type { AppDatabase } from '../../db/schema'
import { achievementPercent } from '../../shared/follow-up/follow-up-schedule'
import {
  AGREEMENT_STATUS_LABELS,
  AGREEMENT_STATUSES,
  type AgreementStatus
} from '../../shared/domain/agreement'
import {
  ACHIEVEMENT_BAND_LABELS,
  ACHIEVEMENT_BANDS,
  type AchievementBand,
  type AmountsByYear,
  type CountByKey,
  type IndicatorAchievement,
  type PortfolioStats
} from '../../shared/domain/portfolio'
import { agreementAmountCents } from '../../shared/exchange/agreement-amount'
import { ENGAGEMENTS, PARTNERSHIP_TYPES } from '../../shared/reference/reference-data'
import { agreementTermsSchema } from '../../shared/schemas/agreement-terms.schema'

/** Conventions that were concluded: the type, engagement, domain and amount charts count these. */
const CONCLUDED: AgreementStatus[] = ['signed', 'active', 'ended', 'terminated']

function countsOf(
  keys: ReadonlyArray<{ key: string; label: string }>,
  rows: ReadonlyArray<{ key: string | null; count: number }>
): CountByKey[] {
  const counts = new Map(rows.map((row) => [row.key, Number(row.count)]))
  return keys.map(({ key, label }) => ({ key, label, count: counts.get(key) ?? 0 }))
}

function band(percent: number): AchievementBand {
  if (percent >= 100) return '100-plus'
  if (percent >= 80) return '80-99'
  if (percent >= 50) return '50-79'
  return 'under-50'
}

async function amountsByYear(db: AppDatabase): Promise<AmountsByYear[]> {
  const rows = await db
    .selectFrom('agreements')
    .select([
      'type',
      sql<number>`cast(coalesce(substr(start_date, 1, 4), year) as integer)`.as('year'),
      sql<string | null>`json_extract(content, '$.terms')`.as('terms')
    ])
    .where('status', 'in', CONCLUDED)
    .where('type', 'is not', null)
    .execute()
  const byYear = new Map<number, AmountsByYear>()
  for (const row of rows) {
    const terms = agreementTermsSchema.safeParse(row.terms === null ? null : JSON.parse(row.terms))
    const cents = terms.success ? agreementAmountCents(terms.data) : null
    if (cents === null || row.type === null) continue
    const entry = byYear.get(row.year) ?? { year: row.year, amounts: {}, total: 0 }
    entry.amounts[row.type] = (entry.amounts[row.type] ?? 0) + cents
    entry.total += cents
    byYear.set(row.year, entry)
  }
  return [...byYear.values()].sort((a, b) => a.year - b.year)
}

/** As the follow-up page names it: « Période unique » when the first year runs to the (effective) end. */
function periodLabel(periodNumber: number, periodEnd: string, effectiveEnd: string | null): string {
  if (periodNumber === 1 && effectiveEnd !== null && periodEnd >= effectiveEnd) return 'Période unique'
  return `Année ${periodNumber}`
}

async function achievements(db: AppDatabase): Promise<IndicatorAchievement[]> {
  // The latest period recorded for each indicator of each convention.
  const rows = await db
    .selectFrom('indicator_results as r')
    .innerJoin('agreements as a', 'a.id', 'r.agreement_id')
    .leftJoin('agreement_terminations as t', 't.agreement_id', 'a.id')
    .select([
      'r.agreement_id',
      'a.reference',
      'a.end_date',
      't.effective_date as termination_date',
      'r.indicator_label',
      'r.period_number',
      'r.period_start',
      'r.period_end',
      'r.value',
      'r.target'
    ])
    .where('r.target', '>', 0)
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
  return rows
    .map((row) => ({
      agreementId: row.agreement_id,
      reference: row.reference,
      indicatorLabel: row.indicator_label,
      periodLabel: periodLabel(row.period_number, row.period_end, row.termination_date ?? row.end_date),
      value: row.value,
      target: row.target ?? 0,
      percent: achievementPercent(row.value, row.target) ?? 0
    }))
    .sort((a, b) => a.percent - b.percent || a.reference.localeCompare(b.reference))
}

/** The portfolio in figures: each chart's data, from SQL aggregates (fast on thousands of conventions). */
export async function portfolioStats(db: AppDatabase): Promise<PortfolioStats> {
  const byStatus = await db
    .selectFrom('agreements')
    .select(['status as key', (eb) => eb.fn.countAll<number>().as('count')])
    .groupBy('status')
    .execute()
  const byType = await db
    .selectFrom('agreements')
    .select(['type as key', (eb) => eb.fn.countAll<number>().as('count')])
    .where('status', 'in', CONCLUDED)
    .groupBy('type')
    .execute()
  const byEngagement = await db
    .selectFrom('agreements as a')
    .innerJoin('agreement_domains as ad', 'ad.agreement_id', 'a.id')
    .innerJoin('action_domains as d', 'd.id', 'ad.domain_id')
    .select(['d.engagement_code as key', sql<number>`count(distinct a.id)`.as('count')])
    .where('a.status', 'in', CONCLUDED)
    .groupBy('d.engagement_code')
    .execute()
  const byDomain = await db
    .selectFrom('action_domains as d')
    .leftJoin('agreement_domains as ad', 'ad.domain_id', 'd.id')
    .leftJoin('agreements as a', (join) =>
      join.onRef('a.id', '=', 'ad.agreement_id').on('a.status', 'in', CONCLUDED)
    )
    .select(['d.id', 'd.label', sql<number>`count(a.id)`.as('count')])
    .groupBy(['d.id', 'd.label'])
    .orderBy('d.position')
    .execute()
  const indicatorAchievements = await achievements(db)
  const bandCounts = new Map<AchievementBand, number>()
  for (const entry of indicatorAchievements)
    bandCounts.set(band(entry.percent), (bandCounts.get(band(entry.percent)) ?? 0) + 1)
  const statusCounts = countsOf(
    AGREEMENT_STATUSES.map((status) => ({ key: status, label: AGREEMENT_STATUS_LABELS[status] })),
    byStatus
  )
  return {
    total: statusCounts.reduce((sum, entry) => sum + entry.count, 0),
    byStatus: statusCounts,
    byType: countsOf(
      PARTNERSHIP_TYPES.map((type) => ({ key: type.code, label: type.label })),
      byType
    ),
    byEngagement: countsOf(
      ENGAGEMENTS.map((engagement) => ({ key: engagement.code, label: engagement.label })),
      byEngagement
    ),
    byDomain: byDomain
      .map((row) => ({ key: String(row.id), label: row.label, count: Number(row.count) }))
      .filter((entry) => entry.count > 0),
    amountsByYear: await amountsByYear(db),
    achievementBands: ACHIEVEMENT_BANDS.map((key) => ({
      key,
      label: ACHIEVEMENT_BAND_LABELS[key],
      count: bandCounts.get(key) ?? 0
    })),
    achievements: indicatorAchievements
  }
}

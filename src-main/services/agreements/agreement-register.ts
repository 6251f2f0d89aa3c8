import { sql, type Expression, type SqlBool } from 'kysely'
import type { AppDatabase } from '../../db/schema'
import { addDays, ENDING_SOON_DAYS, isEndingSoon } from '../../shared/agreements/agreement-dates'
import type { AgreementPage, AgreementStatus, AgreementSummary } from '../../shared/domain/agreement'
import type { AgreementQuery, AgreementSortKey } from '../../shared/schemas/agreement-query.schema'
import type { WizardStep } from '../../shared/schemas/agreement.schema'
import type { PartnershipTypeCode } from '../../shared/reference/reference-data'

const SORT_COLUMNS: Record<AgreementSortKey, string> = {
  reference: 'a.reference',
  title: 'a.title collate nocase',
  partnerName: 'p.name collate nocase',
  type: 'a.type',
  status: 'a.status',
  startDate: 'a.start_date',
  endDate: 'a.end_date',
  updatedAt: 'a.updated_at'
}

export const DEFAULT_PAGE_SIZE = 100

/**
 * Turns what the user typed into an FTS5 query: every word must match, as a prefix ("ban" finds "banque"), accents
 * ignored by the tokenizer. Each word is quoted, so FTS5 operators typed by the user are taken as text.
 */
export function toFtsQuery(search: string): string | null {
  const words = search
    .split(/\s+/)
    .filter((word) => /[\p{L}\p{N}]/u.test(word))
    .map((word) => `"${word.replace(/"/g, '""')}"*`)
  return words.length > 0 ? words.join(' ') : null
}

function baseQuery(db: AppDatabase, query: AgreementQuery, today: string) {
  let q = db
    .selectFrom('agreements as a')
    .leftJoin('partners as p', 'p.id', 'a.partner_id')
    .leftJoin('local_needs as n', 'n.id', 'a.need_id')
    .leftJoin('head_networks as h', 'h.id', 'p.head_network_id')
  const conditions: Expression<SqlBool>[] = []
  const fts = toFtsQuery(query.search ?? '')
  if (fts !== null)
    conditions.push(
      sql<SqlBool>`a.id in (select rowid from agreements_fts where agreements_fts match ${fts})`
    )
  if (query.domainId !== undefined)
    conditions.push(
      sql<SqlBool>`exists (select 1 from agreement_domains d where d.agreement_id = a.id and d.domain_id = ${query.domainId})`
    )
  if (query.endingSoon)
    conditions.push(
      sql<SqlBool>`a.status in ('signed', 'active') and a.end_date between ${today} and ${addDays(today, ENDING_SOON_DAYS)}`
    )
  for (const condition of conditions) q = q.where(condition)
  if (query.type !== undefined) q = q.where('a.type', '=', query.type)
  if (query.status !== undefined) q = q.where('a.status', '=', query.status)
  if (query.headNetworkId !== undefined) q = q.where('p.head_network_id', '=', query.headNetworkId)
  if (query.needId !== undefined) q = q.where('a.need_id', '=', query.needId)
  if (query.partnerId !== undefined) q = q.where('a.partner_id', '=', query.partnerId)
  if (query.year !== undefined) q = q.where('a.year', '=', query.year)
  return q
}

/** One page of the register and the total count of matching agreements. */
export async function searchAgreements(
  db: AppDatabase,
  query: AgreementQuery,
  today: string
): Promise<AgreementPage> {
  const direction = query.direction ?? (query.sort === undefined ? 'desc' : 'asc')
  const sortColumn = SORT_COLUMNS[query.sort ?? 'updatedAt']
  const [countRow, rows] = await Promise.all([
    baseQuery(db, query, today)
      .select((eb) => eb.fn.countAll<number>().as('total'))
      .executeTakeFirstOrThrow(),
    baseQuery(db, query, today)
      .select([
        'a.id',
        'a.reference',
        'a.title',
        'a.type',
        'a.status',
        'a.partner_id',
        'p.name as partner_name',
        'a.need_id',
        'n.title as need_title',
        'h.name as head_network',
        'a.start_date',
        'a.end_date',
        'a.year',
        'a.department',
        'a.wizard_step',
        'a.updated_at'
      ])
      .orderBy(sql.raw(`${sortColumn} ${direction} nulls last`))
      .orderBy('a.id', direction)
      .limit(query.limit ?? DEFAULT_PAGE_SIZE)
      .offset(query.offset ?? 0)
      .execute()
  ])
  return {
    total: Number(countRow.total),
    rows: rows.map((row): AgreementSummary => ({
      id: row.id,
      reference: row.reference,
      title: row.title,
      type: row.type as PartnershipTypeCode | null,
      status: row.status as AgreementStatus,
      partnerId: row.partner_id,
      partnerName: row.partner_name,
      needId: row.need_id,
      needTitle: row.need_title,
      headNetwork: row.head_network,
      startDate: row.start_date,
      endDate: row.end_date,
      year: row.year,
      department: row.department,
      wizardStep: row.wizard_step as WizardStep,
      updatedAt: row.updated_at,
      endingSoon: isEndingSoon(row.status, row.end_date, today)
    }))
  }
}

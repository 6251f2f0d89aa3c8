import { sql } from 'kysely'
import { inSlices } from '../../db/in-slices'
import type { AppDatabase } from '../../db/schema'
import type { AgreementRowUpdate, NewAgreementRow } from '../../db/tables/agreement.table'
import type { AgreementStatus } from '../../shared/domain/agreement'
import { formatAgreementReference } from '../../shared/agreements/agreement-reference'
import { ConflictError } from '../../shared/errors'
import { assertContentMayChange } from './agreement-immutability'

/** Plain data access for agreements; rules live in the service. */

export function findAgreementRow(db: AppDatabase, id: number) {
  return db
    .selectFrom('agreements')
    .leftJoin('partners', 'partners.id', 'agreements.partner_id')
    .leftJoin('local_needs', 'local_needs.id', 'agreements.need_id')
    .selectAll('agreements')
    .select(['partners.name as partner_name', 'local_needs.title as need_title'])
    .where('agreements.id', '=', id)
    .executeTakeFirst()
}

export type AgreementRowWithNames = NonNullable<Awaited<ReturnType<typeof findAgreementRow>>>

/** Local ids of the agreements with these references (those that exist here), by reference. */
export async function findAgreementIdsByReference(
  db: AppDatabase,
  references: readonly string[]
): Promise<Map<string, number>> {
  const rows = await inSlices(references, (slice) =>
    db.selectFrom('agreements').select(['id', 'reference']).where('reference', 'in', slice).execute()
  )
  return new Map(rows.map((row) => [row.reference, row.id]))
}

export async function listDomainIds(db: AppDatabase, agreementId: number): Promise<number[]> {
  const rows = await db
    .selectFrom('agreement_domains')
    .select('domain_id')
    .where('agreement_id', '=', agreementId)
    .orderBy('domain_id')
    .execute()
  return rows.map((row) => row.domain_id)
}

export async function listBenefitCodes(db: AppDatabase, agreementId: number): Promise<string[]> {
  const rows = await db
    .selectFrom('agreement_benefits')
    .innerJoin('benefits', 'benefits.code', 'agreement_benefits.benefit_code')
    .select('agreement_benefits.benefit_code')
    .where('agreement_id', '=', agreementId)
    .orderBy('benefits.position')
    .execute()
  return rows.map((row) => row.benefit_code)
}

/**
 * Hands out the next reference of a year and department. Runs inside the creating transaction, which holds the
 * write lock (BEGIN IMMEDIATE), so two creations never get the same number, even from two processes.
 */
export async function allocateReference(trx: AppDatabase, year: number, department: string): Promise<string> {
  const current = await trx
    .selectFrom('agreement_sequences')
    .select('last_sequence')
    .where('year', '=', year)
    .where('department', '=', department)
    .executeTakeFirst()
  const next = (current?.last_sequence ?? 0) + 1
  if (next > 9999)
    throw new ConflictError(
      `Les 9 999 références de l'année ${year} pour le département ${department} sont épuisées.`
    )
  await trx
    .insertInto('agreement_sequences')
    .values({ year, department, last_sequence: next })
    .onConflict((conflict) => conflict.columns(['year', 'department']).doUpdateSet({ last_sequence: next }))
    .execute()
  return formatAgreementReference(year, department, next)
}

export async function insertAgreementRow(trx: AppDatabase, row: NewAgreementRow): Promise<number> {
  const inserted = await trx.insertInto('agreements').values(row).returning('id').executeTakeFirstOrThrow()
  return inserted.id
}

export async function updateAgreementRow(
  trx: AppDatabase,
  id: number,
  changes: AgreementRowUpdate
): Promise<void> {
  await assertContentMayChange(trx, id, changes)
  await trx.updateTable('agreements').set(changes).where('id', '=', id).execute()
}

export async function insertDomains(
  trx: AppDatabase,
  agreementId: number,
  domainIds: readonly number[]
): Promise<void> {
  if (domainIds.length > 0)
    await trx
      .insertInto('agreement_domains')
      .values([...new Set(domainIds)].map((domain_id) => ({ agreement_id: agreementId, domain_id })))
      .execute()
}

export async function replaceDomains(
  trx: AppDatabase,
  agreementId: number,
  domainIds: readonly number[]
): Promise<void> {
  await trx.deleteFrom('agreement_domains').where('agreement_id', '=', agreementId).execute()
  await insertDomains(trx, agreementId, domainIds)
}

export async function insertBenefits(
  trx: AppDatabase,
  agreementId: number,
  codes: readonly string[]
): Promise<void> {
  if (codes.length > 0)
    await trx
      .insertInto('agreement_benefits')
      .values([...new Set(codes)].map((benefit_code) => ({ agreement_id: agreementId, benefit_code })))
      .execute()
}

export async function replaceBenefits(
  trx: AppDatabase,
  agreementId: number,
  codes: readonly string[]
): Promise<void> {
  await trx.deleteFrom('agreement_benefits').where('agreement_id', '=', agreementId).execute()
  await insertBenefits(trx, agreementId, codes)
}

export interface HistoryEntryInput {
  kind: 'created' | 'duplicated' | 'status' | 'changed'
  summary: string
  fromStatus?: AgreementStatus
  toStatus?: AgreementStatus
}

export async function addHistory(
  trx: AppDatabase,
  agreementId: number,
  at: string,
  entry: HistoryEntryInput
): Promise<void> {
  await addHistoryEntries(trx, agreementId, [{ ...entry, at }])
}

/** Several history lines in one statement (an imported agreement brings its whole history). */
export async function addHistoryEntries(
  trx: AppDatabase,
  agreementId: number,
  entries: ReadonlyArray<HistoryEntryInput & { at: string }>
): Promise<void> {
  if (entries.length === 0) return
  await trx
    .insertInto('agreement_history')
    .values(
      entries.map((entry) => ({
        agreement_id: agreementId,
        at: entry.at,
        kind: entry.kind,
        from_status: entry.fromStatus ?? null,
        to_status: entry.toStatus ?? null,
        summary: entry.summary
      }))
    )
    .execute()
}

export function listHistoryRows(db: AppDatabase, agreementId: number) {
  return db
    .selectFrom('agreement_history')
    .selectAll()
    .where('agreement_id', '=', agreementId)
    .orderBy('id')
    .execute()
}

/** The ids that exist among `ids`, to refuse references to unknown rows with a clear message. */
export async function existingDomainIds(db: AppDatabase, ids: readonly number[]): Promise<Set<number>> {
  if (ids.length === 0) return new Set()
  const rows = await db
    .selectFrom('action_domains')
    .select('id')
    .where('id', 'in', [...ids])
    .execute()
  return new Set(rows.map((row) => row.id))
}

export async function rowExists(
  db: AppDatabase,
  table: 'partners' | 'local_needs',
  id: number
): Promise<boolean> {
  const row = await db
    .selectFrom(table)
    .select(sql<number>`1`.as('found'))
    .where('id', '=', id)
    .executeTakeFirst()
  return row !== undefined
}

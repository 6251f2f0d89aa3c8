import { sql } from 'kysely'
import type { AppDatabase } from '../../db/schema'
import type { NeedCommuneRow, NewLocalNeedRow } from '../../db/tables/need.table'

/** Plain data access for local needs; no rules here (they live in the service). */

function needColumns(db: AppDatabase) {
  return db
    .selectFrom('local_needs')
    .leftJoin('action_domains', 'action_domains.id', 'local_needs.domain_id')
    .selectAll('local_needs')
    .select(['action_domains.label as domain_label', 'action_domains.engagement_code as engagement_code'])
    .select((eb) =>
      eb
        .selectFrom('agreements')
        .select(eb.fn.countAll<number>().as('count'))
        .whereRef('agreements.need_id', '=', 'local_needs.id')
        .as('agreement_count')
    )
}

export type NeedRowWithJoins = Awaited<ReturnType<typeof findNeedRow>> & object

export function findNeedRow(db: AppDatabase, id: number) {
  return needColumns(db).where('local_needs.id', '=', id).executeTakeFirst()
}

export function searchNeedRows(db: AppDatabase, search: { words: string[]; limit: number; offset: number }) {
  let query = needColumns(db)
  for (const word of search.words) {
    query = query.where(
      sql<boolean>`local_needs.search_text like ${`%${word.replace(/[%_\\]/g, (c) => `\\${c}`)}%`} escape '\\'`
    )
  }
  return query
    .orderBy('local_needs.updated_at', 'desc')
    .orderBy('local_needs.id', 'desc')
    .limit(search.limit)
    .offset(search.offset)
    .execute()
}

export async function listCommuneRows(db: AppDatabase, needIds: number[]): Promise<NeedCommuneRow[]> {
  if (needIds.length === 0) return []
  return db
    .selectFrom('need_communes')
    .selectAll()
    .where('need_id', 'in', needIds)
    .orderBy('need_id')
    .orderBy('position')
    .execute()
}

export async function insertNeedRow(db: AppDatabase, row: NewLocalNeedRow): Promise<number> {
  const inserted = await db.insertInto('local_needs').values(row).returning('id').executeTakeFirstOrThrow()
  return inserted.id
}

export async function replaceCommuneRows(
  db: AppDatabase,
  needId: number,
  communes: Omit<NeedCommuneRow, 'need_id' | 'position'>[]
): Promise<void> {
  await db.deleteFrom('need_communes').where('need_id', '=', needId).execute()
  if (communes.length === 0) return
  await db
    .insertInto('need_communes')
    .values(communes.map((commune, position) => ({ ...commune, need_id: needId, position })))
    .execute()
}

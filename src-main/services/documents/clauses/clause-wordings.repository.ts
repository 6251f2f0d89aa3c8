import type { AppDatabase } from '../../../db/schema'
import type { ClauseSource, ClauseWordings } from '../../../shared/documents/clause-library/clause-definition'
import { wordingKey } from '../../../shared/documents/clause-library/clause-definition'

/** Plain data access for the clause library's wordings and the clause sources of issued documents. */

export interface WordingRow {
  clause_key: string
  variant_id: string
  version: number
  text: string | null
  created_at: string
  created_by: string
}

/** Every version of every wording, oldest first. */
export function listWordingRows(db: AppDatabase): Promise<WordingRow[]> {
  return db
    .selectFrom('clause_wordings')
    .selectAll()
    .orderBy('clause_key')
    .orderBy('variant_id')
    .orderBy('version')
    .execute()
}

/** The wordings in force: the latest version of each variant, unless it restored the default (text null). */
export function currentWordings(rows: readonly WordingRow[]): ClauseWordings {
  const latest = new Map<string, WordingRow>()
  for (const row of rows) latest.set(wordingKey(row.clause_key, row.variant_id), row)
  const wordings = new Map<string, { text: string; version: number }>()
  for (const [key, row] of latest)
    if (row.text !== null) wordings.set(key, { text: row.text, version: row.version })
  return wordings
}

/** Adds a version inside the caller's transaction: the number is allocated there, so two saves never collide. */
export async function insertWordingVersion(
  trx: AppDatabase,
  clauseKey: string,
  variantId: string,
  text: string | null,
  at: string,
  by: string
): Promise<number> {
  const last = await trx
    .selectFrom('clause_wordings')
    .select((eb) => eb.fn.max<number | null>('version').as('last'))
    .where('clause_key', '=', clauseKey)
    .where('variant_id', '=', variantId)
    .executeTakeFirst()
  const version = (last?.last ?? 0) + 1
  await trx
    .insertInto('clause_wordings')
    .values({ clause_key: clauseKey, variant_id: variantId, version, text, created_at: at, created_by: by })
    .execute()
  return version
}

export async function insertClauseSources(
  trx: AppDatabase,
  versionId: number,
  sources: readonly ClauseSource[]
): Promise<void> {
  if (sources.length === 0) return
  await trx
    .insertInto('document_clause_sources')
    .values(
      sources.map((source, position) => ({
        version_id: versionId,
        position,
        clause_key: source.clauseKey,
        variant_id: source.variantId,
        wording_version: source.version
      }))
    )
    .execute()
}

export async function clauseSourcesOfVersion(db: AppDatabase, versionId: number): Promise<ClauseSource[]> {
  const rows = await db
    .selectFrom('document_clause_sources')
    .selectAll()
    .where('version_id', '=', versionId)
    .orderBy('position')
    .execute()
  return rows.map((row) => ({
    clauseKey: row.clause_key,
    variantId: row.variant_id,
    version: row.wording_version
  }))
}

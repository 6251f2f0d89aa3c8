import type { AppDatabase } from '../../db/schema'
import type { AgreementRowUpdate } from '../../db/tables/agreement.table'
import { isEditable } from '../../shared/agreements/status-flow'
import { AGREEMENT_STATUS_LABELS, type AgreementStatus } from '../../shared/domain/agreement'
import { ConflictError } from '../../shared/errors'
import { readStoredContent } from './agreement-content-json'

/** The columns that hold what the convention says; status, version and bookkeeping are not among them. */
const CONTENT_COLUMNS = [
  'title',
  'type',
  'route',
  'need_id',
  'partner_id',
  'start_date',
  'duration_months'
] as const

/**
 * Refuses any change to what a convention says once it left the draft stage for good (signed, active, ended,
 * terminated) and while it awaits signature: such a change is an amendment. Runs on every write of an agreement row,
 * whoever calls (wizard, CLI, import), inside the caller's transaction. Rewriting the same content is allowed.
 */
export async function assertContentMayChange(
  trx: AppDatabase,
  id: number,
  changes: AgreementRowUpdate
): Promise<void> {
  const touched = CONTENT_COLUMNS.filter((column) => changes[column] !== undefined)
  if (touched.length === 0 && changes.content === undefined) return
  const row = await trx.selectFrom('agreements').selectAll().where('id', '=', id).executeTakeFirst()
  if (!row || isEditable(row.status as AgreementStatus)) return
  const changed =
    touched.some((column) => changes[column] !== row[column]) ||
    (changes.content !== undefined &&
      JSON.stringify(readStoredContent({ id, content: changes.content })) !==
        JSON.stringify(readStoredContent(row)))
  if (changed)
    throw new ConflictError(
      `La convention ${row.reference} est « ${AGREEMENT_STATUS_LABELS[row.status as AgreementStatus]} » : son contenu ne change plus que par un avenant.`
    )
}

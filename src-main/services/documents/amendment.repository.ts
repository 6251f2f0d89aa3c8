import type { AppDatabase } from '../../db/schema'
import type { AmendmentRow } from '../../db/tables/document.table'
import type { AmendedArticle } from '../../shared/documents/build-amendment'
import type { Amendment } from '../../shared/domain/document'
import { NotFoundError } from '../../shared/errors'
import { toAmendmentRecord } from '../amendments/amendment-records'

export function amendmentReference(agreementReference: string, number: number): string {
  return `${agreementReference}-A${number}`
}

export function toAmendment(row: AmendmentRow, agreementReference: string): Amendment {
  const record = toAmendmentRecord(row)
  return {
    id: row.id,
    agreementId: row.agreement_id,
    number: row.number,
    reference: amendmentReference(agreementReference, row.number),
    reason: row.reason,
    effectiveDate: row.effective_date,
    changes: JSON.parse(row.changes) as AmendedArticle[],
    status: row.status,
    createdAt: row.created_at,
    signedAt: row.signed_at,
    structuredChanges: record.changes,
    signatories: record.signatories
  }
}

export async function findAmendmentRow(
  db: AppDatabase,
  agreementId: number,
  amendmentId: number
): Promise<AmendmentRow> {
  const row = await db
    .selectFrom('agreement_amendments')
    .selectAll()
    .where('id', '=', amendmentId)
    .where('agreement_id', '=', agreementId)
    .executeTakeFirst()
  if (!row) throw new NotFoundError(`L'avenant n° ${amendmentId} n'existe pas pour cette convention.`)
  return row
}

export function listAmendmentRows(db: AppDatabase, agreementId: number) {
  return db
    .selectFrom('agreement_amendments')
    .selectAll()
    .where('agreement_id', '=', agreementId)
    .orderBy('number')
    .execute()
}

/** Day the convention itself was signed: the last signature, drawn, scanned or made with a certificate. */
export async function conventionSignedOn(db: AppDatabase, agreementId: number): Promise<string | null> {
  const [drawn, certified] = await Promise.all(
    (['document_signatures', 'certificate_signatures'] as const).map((table) =>
      db
        .selectFrom(table)
        .select((eb) => eb.fn.max<string | null>('signed_at').as('last'))
        .where('agreement_id', '=', agreementId)
        .where('amendment_id', 'is', null)
        .executeTakeFirst()
    )
  )
  const last = [drawn?.last, certified?.last]
    .filter((value) => typeof value === 'string')
    .sort()
    .at(-1)
  return last ? last.slice(0, 10) : null
}

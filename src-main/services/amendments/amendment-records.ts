import { z } from 'zod'
import type { AppDatabase } from '../../db/schema'
import type { AmendmentRow } from '../../db/tables/document.table'
import { amendmentChangeSchema, type AmendmentChange } from '../../shared/amendments/amendment-change.schema'
import type { RegisterState } from '../../shared/amendments/register-state'
import type { AmendedArticle } from '../../shared/documents/build-amendment'
import { AppError } from '../../shared/errors'
import { indicatorSchema, signatorySchema } from '../../shared/schemas/agreement.schema'
import { agreementTermsSchema } from '../../shared/schemas/agreement-terms.schema'

export const amendmentSignatoriesSchema = z.object({ laPoste: signatorySchema, partner: signatorySchema })
export type AmendmentSignatories = z.infer<typeof amendmentSignatoriesSchema>

const registerStateSchema = z.object({
  durationMonths: z.number().int().nullable(),
  terms: agreementTermsSchema.nullable(),
  indicators: z.array(indicatorSchema),
  laPosteSignatory: signatorySchema,
  partnerSignatoryContactId: z.number().int().nullable()
})

/** An amendment as stored, its JSON columns read back through their schemas. */
export interface AmendmentRecord {
  id: number
  number: number
  status: 'draft' | 'signed'
  reason: string
  effectiveDate: string | null
  createdAt: string
  signedAt: string | null
  /** Null for an amendment drafted before changes were structured (or received from such an installation). */
  changes: AmendmentChange[] | null
  legacy: AmendedArticle[]
  signatories: AmendmentSignatories | null
  recordBefore: RegisterState | null
}

function parsed<T>(schema: z.ZodType<T>, json: string | null, id: number): T | null {
  if (json === null) return null
  const result = schema.safeParse(JSON.parse(json))
  if (!result.success) throw new AppError('INTERNAL', `L’avenant n° ${id} est illisible.`)
  return result.data
}

export function toAmendmentRecord(row: AmendmentRow): AmendmentRecord {
  return {
    id: row.id,
    number: row.number,
    status: row.status,
    reason: row.reason,
    effectiveDate: row.effective_date,
    createdAt: row.created_at,
    signedAt: row.signed_at,
    changes: parsed(z.array(amendmentChangeSchema), row.structured_changes, row.id),
    legacy: JSON.parse(row.changes) as AmendedArticle[],
    signatories: parsed(amendmentSignatoriesSchema, row.signatories, row.id),
    recordBefore: parsed(registerStateSchema as z.ZodType<RegisterState>, row.record_before, row.id)
  }
}

export async function amendmentRecords(db: AppDatabase, agreementId: number): Promise<AmendmentRecord[]> {
  const rows = await db
    .selectFrom('agreement_amendments')
    .selectAll()
    .where('agreement_id', '=', agreementId)
    .orderBy('number')
    .execute()
  return rows.map(toAmendmentRecord)
}

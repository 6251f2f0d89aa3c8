import type { z } from 'zod'
import type { AgreementRow } from '../../db/tables/agreement.table'
import { AppError } from '../../shared/errors'
import { upgradeTerms } from '../../shared/partnership-types/registry'
import { agreementContentSchema, type AgreementContent } from '../../shared/schemas/agreement.schema'

/**
 * The split of an agreement's content between indexed columns (what the register filters and sorts on) and the JSON
 * `content` column (everything else). Each value lives in exactly one place.
 */
export const storedContentSchema = agreementContentSchema.omit({
  title: true,
  needId: true,
  partnerId: true,
  route: true,
  type: true,
  domainIds: true,
  benefitCodes: true,
  startDate: true,
  durationMonths: true
})

export type StoredContent = z.infer<typeof storedContentSchema>

/** A stored draft, read with today's schema; terms stored before a field existed get its blank value. */
export function readStoredContent(row: Pick<AgreementRow, 'id' | 'content'>): StoredContent {
  const stored = JSON.parse(row.content) as Record<string, unknown>
  const parsed = storedContentSchema.safeParse({ ...stored, terms: upgradeTerms(stored.terms) })
  if (!parsed.success)
    throw new AppError('INTERNAL', `Le contenu de la convention n° ${row.id} est illisible.`)
  return parsed.data
}

export function splitContent(content: AgreementContent) {
  const {
    title,
    needId,
    partnerId,
    route,
    type,
    domainIds,
    benefitCodes,
    startDate,
    durationMonths,
    ...stored
  } = content
  return {
    columns: {
      title,
      need_id: needId,
      partner_id: partnerId,
      route,
      type,
      start_date: startDate,
      duration_months: durationMonths
    },
    domainIds,
    benefitCodes,
    json: JSON.stringify(stored satisfies StoredContent)
  }
}

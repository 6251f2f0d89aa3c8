import type { AppDatabase } from '../../db/schema'
import { sourcesWithState } from '../../shared/amendments/register-state'
import type { ClauseWordings } from '../../shared/documents/clause-library/clause-definition'
import type { DocumentSources } from '../../shared/documents/document-sources'
import { NotFoundError } from '../../shared/errors'
import { conventionSignedOn, findAmendmentRow, toAmendment } from '../documents/amendment.repository'
import type { IssueTarget } from '../documents/document-issuer'
import { consolidationOf, signedSources } from '../amendments/amendment-consolidation'
import { amendmentRecords } from './amendment-records'

/**
 * What an amendment's document says: its articles worded on the convention as the earlier signed amendments left
 * it, the parties and signatories as they stood when it was drafted, and the earlier amendments for its recital.
 */
export async function amendmentIssueTarget(
  db: AppDatabase,
  sources: DocumentSources,
  wordings: ClauseWordings,
  amendmentId: number
): Promise<IssueTarget> {
  const row = await findAmendmentRow(db, sources.agreement.id, amendmentId)
  const amendment = toAmendment(row, sources.agreement.reference)
  const records = await amendmentRecords(db, sources.agreement.id)
  const consolidation = consolidationOf(sources, wordings, records, { number: amendment.number })
  const step = consolidation.steps.find((each) => each.number === amendment.number)
  if (!step) throw new NotFoundError(`L’avenant n° ${amendment.number} n’existe pas pour cette convention.`)
  const index = consolidation.steps.indexOf(step)
  const stateBefore = consolidation.steps[index - 1]?.state
  const base = signedSources(sources, records)
  const before = stateBefore ? sourcesWithState(base, stateBefore) : base
  const earlier = records
    .filter((record) => record.status === 'signed' && record.number < amendment.number)
    .map((record) => ({ number: record.number, signedOn: record.signedAt?.slice(0, 10) ?? null }))
  return {
    sources: before,
    wordings,
    amendment: {
      ...amendment,
      originalSignedOn: await conventionSignedOn(db, sources.agreement.id),
      articles: step.articles,
      earlier
    }
  }
}

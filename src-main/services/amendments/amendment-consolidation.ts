import type { AmendmentChange } from '../../shared/amendments/amendment-change.schema'
import { consolidate, type AmendmentSpec, type Consolidation } from '../../shared/amendments/consolidate'
import type { ConsolidatedText } from '../../shared/amendments/consolidated-text'
import { sourcesWithState } from '../../shared/amendments/register-state'
import { buildConventionModel } from '../../shared/documents/build-convention'
import type { ClauseWordings } from '../../shared/documents/clause-library/clause-definition'
import type { DocumentSources } from '../../shared/documents/document-sources'
import type { AmendmentRecord } from './amendment-records'

/** The convention as signed: today's record with the register state the first register-changing amendment replaced. */
export function signedSources(
  sources: DocumentSources,
  records: readonly AmendmentRecord[]
): DocumentSources {
  const first = records.find((record) => record.status === 'signed' && record.recordBefore !== null)
  return first?.recordBefore ? sourcesWithState(sources, first.recordBefore) : sources
}

/** A whole-article change of an amendment drafted before changes were structured, named by its article's number. */
function legacyChanges(record: AmendmentRecord, original: ConsolidatedText): AmendmentChange[] {
  return record.legacy.map((change) => ({
    kind: 'replace-clause',
    target: {
      articleKey:
        original.articles.find((article) => article.number === String(change.articleNumber))?.key ??
        `article-${change.articleNumber}`,
      clauseKey: null
    },
    text: change.newText
  }))
}

export function conventionRenderer(sources: DocumentSources, wordings: ClauseWordings) {
  const meta = { reference: sources.agreement.reference, version: 1, kindLabel: '' }
  return (each: DocumentSources) => buildConventionModel(each, meta, undefined, wordings)
}

/**
 * The convention through the signed amendments numbered below `through`, then amendment `through` itself (draft or
 * signed) when given, or `extra` changes of an amendment being drafted.
 */
export function consolidationOf(
  sources: DocumentSources,
  wordings: ClauseWordings,
  records: readonly AmendmentRecord[],
  through: { number: number; changes?: readonly AmendmentChange[] } | null
): Consolidation {
  const base = signedSources(sources, records)
  const render = conventionRenderer(sources, wordings)
  const original = consolidate(base, [], render).original
  const specs: AmendmentSpec[] = records
    .filter((record) =>
      through === null
        ? record.status === 'signed'
        : (record.status === 'signed' && record.number < through.number) ||
          (through.changes === undefined && record.number === through.number)
    )
    .map((record) => ({ number: record.number, changes: record.changes ?? legacyChanges(record, original) }))
  if (through?.changes) specs.push({ number: through.number, changes: through.changes })
  return consolidate(base, specs, render)
}

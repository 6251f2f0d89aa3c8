import { checkAgreement } from '../../shared/agreements/check-agreement'
import type { CheckContext } from '../../shared/agreements/check-context'
import { localIsoDate } from '../../shared/agreements/agreement-dates'
import type { AmendmentChange } from '../../shared/amendments/amendment-change.schema'
import { AmendmentChangeProblem, type Consolidation } from '../../shared/amendments/consolidate'
import type { ClauseWordings } from '../../shared/documents/clause-library/clause-definition'
import { MISSING, type DocumentSources } from '../../shared/documents/document-sources'
import { formatLongDate } from '../../shared/documents/french-format'
import { frenchTypography } from '../../shared/documents/french-typography'
import { typographyDefects } from '../../shared/documents/typography-defects'
import { ValidationError } from '../../shared/errors'
import { consolidationOf } from './amendment-consolidation'
import type { AmendmentRecord } from './amendment-records'

const TEXT_FIELDS = ['text', 'title', 'to'] as const

/** The wording the coordinator typed, written as the convention is (French typography), or refused with its field. */
export function normalizeChanges(changes: readonly AmendmentChange[]): AmendmentChange[] {
  return changes.map((change, index) => {
    const normalized = { ...change } as Record<string, unknown>
    for (const field of TEXT_FIELDS) {
      const value = normalized[field]
      if (typeof value !== 'string') continue
      const text = frenchTypography(value)
      const fieldPath = `changes.${index}.${field}`
      if (text.includes(MISSING) || /\[[^\]]*\]/.test(text))
        throw new ValidationError('Le texte contient un passage à compléter.', {
          [fieldPath]: 'Remplacez le passage entre crochets par la rédaction voulue.'
        })
      const defect = typographyDefects(text)[0]
      if (defect)
        throw new ValidationError('La rédaction est à revoir.', {
          [fieldPath]: `À revoir (écrivez les durées en lettres et en chiffres, sans mot répété) : « ${defect.excerpt.trim()} ».`
        })
      normalized[field] = text
    }
    return normalized as AmendmentChange
  })
}

function issueKeys(context: CheckContext, content: Parameters<typeof checkAgreement>[0]): Set<string> {
  return new Set(
    checkAgreement(content, context).problems.map((problem) => `${problem.code} ${problem.field}`)
  )
}

/**
 * The amendment's changes checked on the convention as last amended, as the signing gate checks a convention: each
 * target exists, the words replaced are there, a prolongation extends the term, and the amended agreement raises no
 * blocking problem it did not have (a schedule that no longer adds up, a signatory who cannot bind the partner…).
 */
export function validateAmendment(
  sources: DocumentSources,
  wordings: ClauseWordings,
  records: readonly AmendmentRecord[],
  number: number,
  changes: readonly AmendmentChange[],
  effectiveDate: string | null,
  now: Date
): Consolidation {
  let consolidation: Consolidation
  try {
    consolidation = consolidationOf(sources, wordings, records, { number, changes })
  } catch (problem) {
    if (!(problem instanceof AmendmentChangeProblem)) throw problem
    throw new ValidationError(problem.message, {
      [`changes.${problem.index}.${problem.field}`]: problem.message
    })
  }
  const { agreement } = sources
  const context: CheckContext = {
    partner: sources.partner,
    today: localIsoDate(now),
    document: {
      reference: agreement.reference,
      need: sources.need,
      settings: sources.settings,
      domainLabels: sources.domainLabels,
      benefitLabels: sources.benefitLabels,
      wordings
    }
  }
  const before = issueKeys(context, agreement)
  const after = checkAgreement({ ...agreement, ...consolidation.state }, context).problems.filter(
    (problem) => !before.has(`${problem.code} ${problem.field}`)
  )
  const first = after[0]
  if (first) {
    const index = changes.findIndex(
      (change) =>
        change.kind !== 'replace-clause' &&
        change.kind !== 'replace-words' &&
        change.kind !== 'add-article' &&
        change.kind !== 'delete-clause'
    )
    throw new ValidationError(first.message, { [`changes.${Math.max(index, 0)}`]: first.message })
  }
  // Before the convention starts, there is nothing to amend yet.
  if (effectiveDate !== null && agreement.startDate !== null && effectiveDate < agreement.startDate)
    throw new ValidationError('La date d’effet précède le début de la convention.', {
      effectiveDate: `Choisissez une date à partir du ${formatLongDate(agreement.startDate)}, début de la convention.`
    })
  return consolidation
}

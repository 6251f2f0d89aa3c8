import type { ClauseWordings } from '../clause-library/clause-definition'
import { paragraph } from '../document-model'
import { MISSING, type DocumentSources } from '../document-sources'
import { forTerms } from '../../partnership-types/registry'
import type { ArticleDraft } from './article-draft'

/** The article of the type-specific terms, written by the type's module from its clauses and computed tables. */
export function createTermsArticle(
  sources: DocumentSources,
  wordings: ClauseWordings = new Map()
): ArticleDraft {
  const terms = sources.agreement.terms
  if (terms === null) return { key: 'terms', title: 'Modalités particulières', blocks: [paragraph(MISSING)] }
  return forTerms(terms).createArticle(sources, wordings)
}

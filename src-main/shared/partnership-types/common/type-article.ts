import type { ClauseDraft } from '../../documents/articles/article-draft'
import {
  resolveClause,
  type ClauseDefinition,
  type ClauseWordings
} from '../../documents/clause-library/clause-definition'
import type { Block } from '../../documents/document-model'
import type { DocumentSources } from '../../documents/document-sources'
import type { AgreementTerms } from '../../schemas/agreement-terms.schema'

/** The clause key inside its article: `patronage.receipt` → `receipt`, the name amendments use. */
export function clauseKeyOf(definition: ClauseDefinition<DocumentSources>): string {
  return definition.key.slice(definition.key.indexOf('.') + 1)
}

/** One numbered sub-clause of a type's article: the library wording, then computed blocks (tables…). */
export function typeClause(
  definition: ClauseDefinition<DocumentSources>,
  sources: DocumentSources,
  wordings: ClauseWordings,
  computed: readonly Block[] = []
): ClauseDraft {
  const { source, blocks } = resolveClause(definition, sources, wordings)
  return { key: clauseKeyOf(definition), title: definition.title, blocks: [...blocks, ...computed], source }
}

/** The agreement's terms when they are of `type`, else the type's blank terms (a draft that changed type). */
export function termsOfType<T extends AgreementTerms['type']>(
  sources: DocumentSources,
  type: T,
  blank: () => Extract<AgreementTerms, { type: T }>
): Extract<AgreementTerms, { type: T }> {
  const terms = sources.agreement.terms
  return terms !== null && terms.type === type ? (terms as Extract<AgreementTerms, { type: T }>) : blank()
}

/** A clause that applies whatever the facts: one variant, the default wording. */
export function always(id: string, label: string, text: string) {
  return { id, label, applies: () => true, text }
}

import type { z } from 'zod'
import type { TermsCheckPartner } from '../agreements/check-context'
import type { ArticleDraft } from '../documents/articles/article-draft'
import type { ClauseDefinition, ClauseWordings } from '../documents/clause-library/clause-definition'
import type { DocumentSources } from '../documents/document-sources'
import type { AgreementCheck } from '../domain/agreement'
import type { PartnershipTypeCode } from '../reference/reference-data'
import type { AgreementContent, Indicator } from '../schemas/agreement.schema'

/** What a type's rules read: its terms, the rest of the agreement, the partner and the term's last day. */
export interface TermsCheckInput<Terms> {
  terms: Terms
  content: AgreementContent
  partner: TermsCheckPartner | null
  /** Last day of the term, inclusive; null while the start date or the duration is missing. */
  endDate: string | null
}

/** Starting points for wizard step 5; the coordinator keeps, edits or removes each line. */
export interface CommitmentSuggestions {
  laPoste: readonly string[]
  partner: readonly string[]
  indicators: readonly Indicator[]
}

/**
 * One partnership type: its terms, their rules, what the wizard suggests, and the article the convention prints.
 * Adding a field touches the type's module and its form; adding a type adds a module to the registry.
 */
export interface PartnershipTypeModule<Code extends PartnershipTypeCode, Terms extends { type: Code }> {
  code: Code
  termsSchema: z.ZodType<Terms, unknown>
  /** Blank terms, what step 4 starts from; the partner's record may prefill what it already says. */
  emptyTerms(partner?: TermsCheckPartner | null): Terms
  /** Adds the type's blocking problems and warnings, each naming the field that fixes it. */
  checkTerms(input: TermsCheckInput<Terms>, out: AgreementCheck): void
  suggestions(terms: Terms): CommitmentSuggestions
  /** The type's clauses, as the clause library lists them (coordinators may edit their wording). */
  clauses: ReadonlyArray<ClauseDefinition<DocumentSources>>
  /** The type's article: its numbered sub-clauses from `clauses`, with the computed tables. */
  createArticle(sources: DocumentSources, terms: Terms, wordings: ClauseWordings): ArticleDraft
}

import type { TermsCheckPartner } from '../agreements/check-context'
import type { ArticleDraft } from '../documents/articles/article-draft'
import type { ClauseDefinition, ClauseWordings } from '../documents/clause-library/clause-definition'
import type { DocumentSources } from '../documents/document-sources'
import type { AgreementCheck } from '../domain/agreement'
import type { PartnershipTypeCode } from '../reference/reference-data'
import type { AgreementTerms, TermsOfType } from '../schemas/agreement-terms.schema'
import { economicCooperationModule } from './economic-cooperation/economic-cooperation-module'
import type { CommitmentSuggestions, PartnershipTypeModule, TermsCheckInput } from './partnership-type-module'
import { patronageModule } from './patronage/patronage-module'
import { responsiblePracticesModule } from './responsible-practices/responsible-practices-module'
import { socialInnovationModule } from './social-innovation/social-innovation-module'

/** The four partnership types, one module each. */
export const PARTNERSHIP_TYPE_MODULES: {
  readonly [C in PartnershipTypeCode]: PartnershipTypeModule<C, TermsOfType<C>>
} = {
  'economic-cooperation': economicCooperationModule,
  'social-innovation': socialInnovationModule,
  'responsible-practices': responsiblePracticesModule,
  patronage: patronageModule
}

/** A type's module bound to terms of that type, so callers need not know which type they hold. */
interface BoundTerms {
  check(input: Omit<TermsCheckInput<never>, 'terms'>, out: AgreementCheck): void
  suggestions(): CommitmentSuggestions
  createArticle(sources: DocumentSources, wordings: ClauseWordings): ArticleDraft
}

function bind<C extends PartnershipTypeCode>(
  module: PartnershipTypeModule<C, TermsOfType<C>>,
  terms: TermsOfType<C>
): BoundTerms {
  return {
    check: (input, out) => module.checkTerms({ ...input, terms }, out),
    suggestions: () => module.suggestions(terms),
    createArticle: (sources, wordings) => module.createArticle(sources, terms, wordings)
  }
}

export function forTerms(terms: AgreementTerms): BoundTerms {
  switch (terms.type) {
    case 'economic-cooperation':
      return bind(PARTNERSHIP_TYPE_MODULES[terms.type], terms)
    case 'social-innovation':
      return bind(PARTNERSHIP_TYPE_MODULES[terms.type], terms)
    case 'responsible-practices':
      return bind(PARTNERSHIP_TYPE_MODULES[terms.type], terms)
    case 'patronage':
      return bind(PARTNERSHIP_TYPE_MODULES[terms.type], terms)
  }
}

/** Blank terms of a type; the partner's record may prefill what it already says (a supplier's status). */
export function emptyTerms<C extends PartnershipTypeCode>(
  type: C,
  partner?: TermsCheckPartner | null
): TermsOfType<C> {
  return PARTNERSHIP_TYPE_MODULES[type].emptyTerms(partner)
}

/** What step 5 suggests: for the terms as they stand (a financial gift gets no skills indicator). */
export function suggestedCommitments(
  type: PartnershipTypeCode,
  terms: AgreementTerms | null
): CommitmentSuggestions {
  return forTerms(terms !== null && terms.type === type ? terms : emptyTerms(type)).suggestions()
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * Terms written before some of their fields existed (a draft stored by an earlier version, a bundle of the first
 * format), completed with the blank values of those fields, one level deep; anything else is left for the schema
 * to judge. Blank values only: a missing field never becomes a commitment nobody made.
 */
export function upgradeTerms(raw: unknown): unknown {
  if (!isRecord(raw) || typeof raw.type !== 'string' || !(raw.type in PARTNERSHIP_TYPE_MODULES)) return raw
  const blank: Record<string, unknown> = emptyTerms(raw.type as PartnershipTypeCode)
  const upgraded: Record<string, unknown> = { ...blank, ...raw }
  for (const [key, value] of Object.entries(blank))
    if (isRecord(value) && isRecord(raw[key])) upgraded[key] = { ...value, ...raw[key] }
  return upgraded
}

/** Every clause the four types define, for the clause library. */
export const PARTNERSHIP_TYPE_CLAUSES: ReadonlyArray<ClauseDefinition<DocumentSources>> = Object.values(
  PARTNERSHIP_TYPE_MODULES
).flatMap((module) => module.clauses)

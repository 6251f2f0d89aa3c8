import {
  resolveClause,
  type ClauseDefinition,
  type ClauseWordings
} from '../clause-library/clause-definition'
import {
  ANNEXES_CLAUSE,
  DISPUTES_CLAUSE,
  ENTIRE_AGREEMENT_CLAUSE,
  FINANCIAL_TERMS_CLAUSE,
  NOTICES_CLAUSE,
  TERMINATION_BREACH_CLAUSE,
  TERMINATION_CONSEQUENCES_CLAUSE,
  TERMINATION_CONVENIENCE_CLAUSE
} from '../clause-library/common-clauses-ending'
import {
  ASSIGNMENT_CLAUSE,
  COMMUNICATION_CLAUSE,
  CONFIDENTIALITY_CLAUSE,
  DURATION_CLAUSE,
  ETHICS_CLAUSE,
  EXCLUSIVITY_CLAUSE,
  INDEPENDENCE_CLAUSE
} from '../clause-library/common-clauses-relationship'
import {
  DATA_PROTECTION_CLAUSE,
  FORCE_MAJEURE_CLAUSE,
  INSURANCE_CLAUSE,
  INTELLECTUAL_PROPERTY_CLAUSE
} from '../clause-library/common-clauses-risks'
import type { ConventionFacts } from '../clause-library/convention-facts'
import { ownWording } from '../clause-library/superseded-defaults'
import { paragraph, type ArticleKey } from '../document-model'
import { asSentence, type DocumentSources } from '../document-sources'
import { frenchTypography as fr } from '../french-typography'
import type { ArticleDraft, ClauseDraft } from './article-draft'

/** Variant id recorded when an agreement carries its own wording of a clause instead of the library's. */
export const AGREEMENT_WORDING = 'agreement-wording'

function fromLibrary<Facts>(
  key: ArticleKey,
  definition: ClauseDefinition<Facts>,
  facts: Facts,
  wordings: ClauseWordings,
  own: string | null = null
): ArticleDraft {
  if (own !== null)
    return {
      key,
      title: definition.title,
      blocks: own.split(/\n\s*\n/).map((part) => paragraph(fr(asSentence(part)))),
      source: { clauseKey: definition.key, variantId: AGREEMENT_WORDING, version: 0 }
    }
  const resolved = resolveClause(definition, facts, wordings)
  return { key, title: definition.title, blocks: resolved.blocks, source: resolved.source }
}

function subClause<Facts>(
  key: string,
  definition: ClauseDefinition<Facts>,
  facts: Facts,
  wordings: ClauseWordings
): ClauseDraft {
  const resolved = resolveClause(definition, facts, wordings)
  return { key, title: definition.title, blocks: resolved.blocks, source: resolved.source }
}

/** Money moves under these types: the financial-terms article applies. */
function moneyMoves({ agreement }: DocumentSources): boolean {
  const terms = agreement.terms
  if (!terms) return false
  if (terms.type === 'patronage') return terms.nature === 'financial'
  return terms.type === 'economic-cooperation' || terms.type === 'responsible-practices'
}

export function createDurationArticle(facts: ConventionFacts, wordings: ClauseWordings): ArticleDraft {
  return fromLibrary('duration', DURATION_CLAUSE, facts, wordings)
}

export function createFinancialTermsArticle(
  sources: DocumentSources,
  facts: ConventionFacts,
  wordings: ClauseWordings
): ArticleDraft[] {
  return moneyMoves(sources) ? [fromLibrary('financial-terms', FINANCIAL_TERMS_CLAUSE, facts, wordings)] : []
}

export function createCommunicationArticle(
  { agreement }: DocumentSources,
  wordings: ClauseWordings
): ArticleDraft {
  const { logoUseAllowed, clause } = agreement.communication
  return fromLibrary('communication', COMMUNICATION_CLAUSE, { logoUseAllowed }, wordings, ownWording(clause))
}

/** Confidentiality to disputes: the clauses every convention carries after the parties' own terms (LEGAL.md §2). */
export function createCommonClosingArticles(
  { agreement }: DocumentSources,
  facts: ConventionFacts,
  wordings: ClauseWordings
): ArticleDraft[] {
  // A court chosen in the agreement's own text is kept only between traders (art. 48 CPC); otherwise the library's.
  const ownJurisdiction = facts.partnerIsTrader ? ownWording(agreement.jurisdiction) : null
  return [
    fromLibrary(
      'confidentiality',
      CONFIDENTIALITY_CLAUSE,
      facts,
      wordings,
      ownWording(agreement.confidentiality)
    ),
    fromLibrary(
      'data-protection',
      DATA_PROTECTION_CLAUSE,
      facts,
      wordings,
      ownWording(agreement.dataProtection)
    ),
    fromLibrary('intellectual-property', INTELLECTUAL_PROPERTY_CLAUSE, facts, wordings),
    fromLibrary('insurance-liability', INSURANCE_CLAUSE, facts, wordings),
    fromLibrary('force-majeure', FORCE_MAJEURE_CLAUSE, facts, wordings),
    fromLibrary('independence', INDEPENDENCE_CLAUSE, facts, wordings),
    fromLibrary('exclusivity', EXCLUSIVITY_CLAUSE, facts, wordings),
    fromLibrary('assignment', ASSIGNMENT_CLAUSE, facts, wordings),
    fromLibrary('ethics', ETHICS_CLAUSE, facts, wordings),
    {
      key: 'termination',
      title: 'Résiliation',
      blocks: [],
      clauses: [
        subClause('breach', TERMINATION_BREACH_CLAUSE, facts, wordings),
        subClause('convenience', TERMINATION_CONVENIENCE_CLAUSE, facts, wordings),
        subClause('consequences', TERMINATION_CONSEQUENCES_CLAUSE, facts, wordings)
      ]
    },
    fromLibrary('notices', NOTICES_CLAUSE, facts, wordings),
    fromLibrary('entire-agreement', ENTIRE_AGREEMENT_CLAUSE, facts, wordings),
    fromLibrary('annexes', ANNEXES_CLAUSE, facts, wordings),
    fromLibrary('disputes', DISPUTES_CLAUSE, facts, wordings, ownJurisdiction)
  ]
}

import type { ArticleDraft, ClauseDraft } from '../../documents/articles/article-draft'
import { amountsTable } from '../../documents/articles/terms-helpers'
import type { ClauseWordings } from '../../documents/clause-library/clause-definition'
import type { TableBlock } from '../../documents/document-model'
import type { DocumentSources } from '../../documents/document-sources'
import { frenchTypography as fr } from '../../documents/french-typography'
import { typeClause } from '../common/type-article'
import {
  PURCHASE_DISABILITY_DEDUCTION,
  PURCHASE_EXIT_NOTICE,
  PURCHASE_INVOICING,
  PURCHASE_OBJECT,
  PURCHASE_ORDERS,
  PURCHASE_PRICES,
  PURCHASE_RESERVED_MARKET,
  PURCHASE_SOCIAL_CLAUSE,
  PURCHASE_SUPPLIER_STATUS
} from './responsible-practices-clauses'
import type { ResponsiblePracticesTerms } from './responsible-practices-terms.schema'
import { allowsDisabilityDeduction } from './supplier-status'

function lotsTable(terms: ResponsiblePracticesTerms): TableBlock {
  return amountsTable(
    'Lots d’achats',
    'Lot',
    'Montant annuel HT',
    terms.lots.map((lot) => ({ label: fr(lot.label.trim()), cents: lot.amountCents }))
  )
}

/** « Achats responsables »: volume, proven status, reservation basis, commercial terms, OETH certificate, notice. */
export function createResponsiblePracticesArticle(
  sources: DocumentSources,
  terms: ResponsiblePracticesTerms,
  wordings: ClauseWordings
): ArticleDraft {
  const clause = (definition: Parameters<typeof typeClause>[0], computed: TableBlock[] = []) =>
    typeClause(definition, sources, wordings, computed)
  const clauses: ClauseDraft[] = [
    clause(PURCHASE_OBJECT, terms.lots.length > 0 ? [lotsTable(terms)] : []),
    clause(PURCHASE_SUPPLIER_STATUS)
  ]
  if (terms.reservedMarket) clauses.push(clause(PURCHASE_RESERVED_MARKET))
  clauses.push(clause(PURCHASE_PRICES), clause(PURCHASE_ORDERS), clause(PURCHASE_INVOICING))
  if (allowsDisabilityDeduction(terms.supplierStatus)) clauses.push(clause(PURCHASE_DISABILITY_DEDUCTION))
  if (terms.socialClauseHours !== null) clauses.push(clause(PURCHASE_SOCIAL_CLAUSE))
  clauses.push(clause(PURCHASE_EXIT_NOTICE))
  return { key: 'terms', title: 'Achats responsables', blocks: [], clauses }
}

import type { ArticleDraft, ClauseDraft } from '../../documents/articles/article-draft'
import { amountsTable } from '../../documents/articles/terms-helpers'
import type { ClauseWordings } from '../../documents/clause-library/clause-definition'
import type { TableBlock } from '../../documents/document-model'
import type { DocumentSources } from '../../documents/document-sources'
import { frenchTypography as fr } from '../../documents/french-typography'
import { typeClause } from '../common/type-article'
import {
  INNOVATION_CO_FINANCING,
  INNOVATION_EVALUATION,
  INNOVATION_EXPERIMENTATION,
  INNOVATION_FUNDING,
  INNOVATION_IP,
  INNOVATION_LICENCE,
  INNOVATION_PREMISES,
  INNOVATION_SCALE_UP,
  INNOVATION_SERVICE
} from './social-innovation-clauses'
import type { SocialInnovationTerms } from './social-innovation-terms.schema'

function coFinancingTable(terms: SocialInnovationTerms): TableBlock {
  return amountsTable(
    'Cofinancements',
    'Cofinanceur',
    'Montant',
    terms.coFinancing.map((line) => ({ label: fr(line.funder.trim()), cents: line.amountCents }))
  )
}

/** « Modalités de l’innovation sociale »: the service, its experimentation and evaluation, money, IP, next steps. */
export function createSocialInnovationArticle(
  sources: DocumentSources,
  terms: SocialInnovationTerms,
  wordings: ClauseWordings
): ArticleDraft {
  const clause = (definition: Parameters<typeof typeClause>[0], computed: TableBlock[] = []) =>
    typeClause(definition, sources, wordings, computed)
  const clauses: ClauseDraft[] = [clause(INNOVATION_SERVICE), clause(INNOVATION_EXPERIMENTATION)]
  if (terms.premises.trim() !== '') clauses.push(clause(INNOVATION_PREMISES))
  clauses.push(clause(INNOVATION_EVALUATION), clause(INNOVATION_FUNDING))
  if (terms.coFinancing.length > 0) clauses.push(clause(INNOVATION_CO_FINANCING, [coFinancingTable(terms)]))
  clauses.push(clause(INNOVATION_IP))
  if (terms.licence.trim() !== '') clauses.push(clause(INNOVATION_LICENCE))
  clauses.push(clause(INNOVATION_SCALE_UP))
  return { key: 'terms', title: 'Modalités de l’innovation sociale', blocks: [], clauses }
}

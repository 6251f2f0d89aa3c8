import type { ArticleDraft } from '../../documents/articles/article-draft'
import { amountCell } from '../../documents/articles/terms-helpers'
import type { ClauseWordings } from '../../documents/clause-library/clause-definition'
import type { TableBlock } from '../../documents/document-model'
import { MISSING, type DocumentSources } from '../../documents/document-sources'
import { typeClause } from '../common/type-article'
import {
  COOPERATION_AUDITS,
  COOPERATION_BANKING,
  COOPERATION_CASH,
  COOPERATION_CONTRIBUTIONS,
  COOPERATION_EQUIPMENT,
  COOPERATION_EXCLUSIVITY,
  COOPERATION_INDEPENDENCE,
  COOPERATION_INSURANCE,
  COOPERATION_OFFER,
  COOPERATION_REMUNERATION,
  COOPERATION_SECRECY
} from './economic-cooperation-clauses'
import { BILLING_FREQUENCY_LABELS, REMUNERATION_MODEL_LABELS } from './economic-cooperation-labels'
import type { EconomicCooperationTerms } from './economic-cooperation-terms.schema'

function financialTable(terms: EconomicCooperationTerms): TableBlock {
  return {
    kind: 'table',
    caption: 'Conditions financières',
    columns: [
      { label: 'Modèle de rémunération', align: 'left', width: 45 },
      { label: 'Montant HT', align: 'right', width: 25 },
      { label: 'Facturation', align: 'left', width: 30 }
    ],
    rows: [
      [
        terms.remunerationModel ? REMUNERATION_MODEL_LABELS[terms.remunerationModel].label : MISSING,
        amountCell(terms.remunerationAmountCents),
        terms.billingFrequency ? BILLING_FREQUENCY_LABELS[terms.billingFrequency].label : MISSING
      ]
    ]
  }
}

/** « Modalités de la coopération économique »: offer, contributions, pay, secrecy, cash, audits, banking, exit. */
export function createEconomicCooperationArticle(
  sources: DocumentSources,
  terms: EconomicCooperationTerms,
  wordings: ClauseWordings
): ArticleDraft {
  const clause = (definition: Parameters<typeof typeClause>[0], computed: TableBlock[] = []) =>
    typeClause(definition, sources, wordings, computed)
  return {
    key: 'terms',
    title: 'Modalités de la coopération économique',
    blocks: [],
    clauses: [
      clause(COOPERATION_OFFER),
      clause(COOPERATION_CONTRIBUTIONS),
      clause(COOPERATION_REMUNERATION, [financialTable(terms)]),
      clause(COOPERATION_SECRECY),
      clause(COOPERATION_CASH),
      clause(COOPERATION_AUDITS),
      clause(COOPERATION_INSURANCE),
      clause(COOPERATION_BANKING),
      clause(COOPERATION_EQUIPMENT),
      ...(terms.exclusivity ? [clause(COOPERATION_EXCLUSIVITY)] : []),
      clause(COOPERATION_INDEPENDENCE)
    ]
  }
}

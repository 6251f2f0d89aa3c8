import { labelOf } from '@shared/partnership-types/common/labels'
import {
  DATA_COLLECTOR_LABELS,
  DATA_ROLE_LABELS,
  LA_POSTE_FUNDING_LABELS,
  OWNERSHIP_LABELS
} from '@shared/partnership-types/social-innovation/social-innovation-labels'
import type { SocialInnovationTerms } from '@shared/schemas/agreement-terms.schema'
import { formatEuros } from '../../../../format'
import { list, type SummaryRows } from '../summary-values'

export function socialInnovationSummary(terms: SocialInnovationTerms): SummaryRows {
  return [
    ['Service manquant', terms.missingService],
    ['Public visé', terms.targetPublic],
    ['Expérimentation', terms.experimentationMonths === null ? '' : `${terms.experimentationMonths} mois`],
    ['Sites', list(terms.experimentationSites)],
    ['Locaux ou matériel prêtés', terms.premises],
    ['Plan d’évaluation', terms.evaluationPlan],
    [
      'Données de l’évaluation',
      `${labelOf(DATA_COLLECTOR_LABELS, terms.dataCollector) || '—'} · ${labelOf(DATA_ROLE_LABELS, terms.dataRole) || '—'}`
    ],
    [
      'Financement de La Poste',
      terms.laPosteFunding === 'none'
        ? labelOf(LA_POSTE_FUNDING_LABELS, terms.laPosteFunding)
        : `${labelOf(LA_POSTE_FUNDING_LABELS, terms.laPosteFunding)} · ${formatEuros(terms.laPosteFundingCents)}`
    ],
    [
      'Cofinancements',
      list(terms.coFinancing.map((item) => `${item.funder} : ${formatEuros(item.amountCents)}`))
    ],
    ['Propriété', labelOf(OWNERSHIP_LABELS, terms.ownership)],
    ['Licence', terms.licence],
    ['Essaimage', terms.scaleUpConditions]
  ]
}

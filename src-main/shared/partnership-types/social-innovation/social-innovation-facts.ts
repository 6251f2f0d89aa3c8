import { amountInWordsAndFigures } from '../../documents/amount-in-words'
import { asSentence, type DocumentSources } from '../../documents/document-sources'
import { formatMonths } from '../../documents/french-format'
import { termsOfType } from '../common/type-article'
import { emptySocialInnovationTerms } from './social-innovation-defaults'
import { DATA_COLLECTOR_LABELS } from './social-innovation-labels'
import type { SocialInnovationTerms } from './social-innovation-terms.schema'

export function innovationTerms(sources: DocumentSources): SocialInnovationTerms {
  return termsOfType(sources, 'social-innovation', emptySocialInnovationTerms)
}

/** « A », « A et B », « A, B et C ». */
export function frenchList(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? ''
  return `${items.slice(0, -1).join(', ')} et ${items.at(-1) ?? ''}`
}

export function coFinancingTotalCents(terms: SocialInnovationTerms): number {
  return terms.coFinancing.reduce((sum, line) => sum + (line.amountCents ?? 0), 0)
}

export function innovationSlots(sources: DocumentSources): Record<string, string> {
  const terms = innovationTerms(sources)
  const sites = terms.experimentationSites.map((site) => site.trim()).filter((site) => site !== '')
  const processor = terms.dataCollector === 'la-poste' ? 'La Poste' : 'Le Partenaire'
  return {
    missingService: asSentence(terms.missingService),
    targetPublic: asSentence(terms.targetPublic),
    months: terms.experimentationMonths === null ? '' : formatMonths(terms.experimentationMonths),
    sites: frenchList(sites),
    premises: asSentence(terms.premises),
    evaluationPlan: asSentence(terms.evaluationPlan),
    collector: terms.dataCollector === null ? '' : DATA_COLLECTOR_LABELS[terms.dataCollector].wording,
    processor,
    controller: processor === 'La Poste' ? 'du Partenaire' : 'de La Poste',
    laPosteAmount:
      terms.laPosteFundingCents === null ? '' : amountInWordsAndFigures(terms.laPosteFundingCents),
    coFinancingTotal: amountInWordsAndFigures(coFinancingTotalCents(terms)),
    licence: terms.licence.trim(),
    scaleUpConditions: asSentence(terms.scaleUpConditions)
  }
}

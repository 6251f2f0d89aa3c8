import type { AgreementTerms } from '../../schemas/agreement-terms.schema'
import { paragraph } from '../document-model'
import { MISSING } from '../document-sources'
import type { ArticleDraft } from './article-draft'
import { createEconomicCooperationArticle, createSocialInnovationArticle } from './cooperation-terms'
import { createPatronageArticle, createResponsiblePracticesArticle } from './purchase-patronage-terms'

/** The article of the type-specific terms: real clauses and tables, one builder per partnership type. */
export function createTermsArticle(terms: AgreementTerms | null): ArticleDraft {
  if (terms === null) return { key: 'terms', title: 'Modalités particulières', blocks: [paragraph(MISSING)] }
  switch (terms.type) {
    case 'economic-cooperation':
      return createEconomicCooperationArticle(terms)
    case 'social-innovation':
      return createSocialInnovationArticle(terms)
    case 'responsible-practices':
      return createResponsiblePracticesArticle(terms)
    case 'patronage':
      return createPatronageArticle(terms)
  }
}

import type { PartnershipTypeModule } from '../partnership-type-module'
import { createResponsiblePracticesArticle } from './responsible-practices-article'
import { checkResponsiblePractices } from './responsible-practices-checks'
import { RESPONSIBLE_PRACTICES_CLAUSES } from './responsible-practices-clauses'
import {
  emptyResponsiblePracticesTerms,
  responsiblePracticesSuggestions
} from './responsible-practices-defaults'
import {
  responsiblePracticesTermsSchema,
  type ResponsiblePracticesTerms
} from './responsible-practices-terms.schema'

/** Pratiques responsables: inclusive purchasing from ESAT, EA, SIAE and other ESS suppliers. */
export const responsiblePracticesModule: PartnershipTypeModule<
  'responsible-practices',
  ResponsiblePracticesTerms
> = {
  code: 'responsible-practices',
  termsSchema: responsiblePracticesTermsSchema,
  emptyTerms: emptyResponsiblePracticesTerms,
  checkTerms: checkResponsiblePractices,
  suggestions: responsiblePracticesSuggestions,
  clauses: RESPONSIBLE_PRACTICES_CLAUSES,
  createArticle: createResponsiblePracticesArticle
}

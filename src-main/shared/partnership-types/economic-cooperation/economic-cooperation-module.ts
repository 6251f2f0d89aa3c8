import type { PartnershipTypeModule } from '../partnership-type-module'
import { createEconomicCooperationArticle } from './economic-cooperation-article'
import { checkEconomicCooperation } from './economic-cooperation-checks'
import { ECONOMIC_COOPERATION_CLAUSES } from './economic-cooperation-clauses'
import {
  economicCooperationSuggestions,
  emptyEconomicCooperationTerms
} from './economic-cooperation-defaults'
import {
  economicCooperationTermsSchema,
  type EconomicCooperationTerms
} from './economic-cooperation-terms.schema'

/** Coopération économique: a joint offer where La Poste pays the partner's share (e.g. a Relais Poste). */
export const economicCooperationModule: PartnershipTypeModule<
  'economic-cooperation',
  EconomicCooperationTerms
> = {
  code: 'economic-cooperation',
  termsSchema: economicCooperationTermsSchema,
  emptyTerms: emptyEconomicCooperationTerms,
  checkTerms: checkEconomicCooperation,
  suggestions: economicCooperationSuggestions,
  clauses: ECONOMIC_COOPERATION_CLAUSES,
  createArticle: createEconomicCooperationArticle
}

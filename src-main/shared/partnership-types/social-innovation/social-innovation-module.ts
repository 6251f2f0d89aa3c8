import type { PartnershipTypeModule } from '../partnership-type-module'
import { createSocialInnovationArticle } from './social-innovation-article'
import { checkSocialInnovation } from './social-innovation-checks'
import { SOCIAL_INNOVATION_CLAUSES } from './social-innovation-clauses'
import { emptySocialInnovationTerms, socialInnovationSuggestions } from './social-innovation-defaults'
import { socialInnovationTermsSchema, type SocialInnovationTerms } from './social-innovation-terms.schema'

/** Innovation sociale: a missing service, experimented then evaluated before it is extended. */
export const socialInnovationModule: PartnershipTypeModule<'social-innovation', SocialInnovationTerms> = {
  code: 'social-innovation',
  termsSchema: socialInnovationTermsSchema,
  emptyTerms: emptySocialInnovationTerms,
  checkTerms: checkSocialInnovation,
  suggestions: socialInnovationSuggestions,
  clauses: SOCIAL_INNOVATION_CLAUSES,
  createArticle: createSocialInnovationArticle
}

import { z } from 'zod'
import { economicCooperationTermsSchema } from '../partnership-types/economic-cooperation/economic-cooperation-terms.schema'
import { patronageTermsSchema } from '../partnership-types/patronage/patronage-terms.schema'
import { responsiblePracticesTermsSchema } from '../partnership-types/responsible-practices/responsible-practices-terms.schema'
import { socialInnovationTermsSchema } from '../partnership-types/social-innovation/social-innovation-terms.schema'

/**
 * Type-specific terms of an agreement, one shape per partnership type, each defined in its type's module
 * (`src-main/shared/partnership-types/<type>/`). Drafts may be incomplete: the type's rules say what is missing.
 */
export const agreementTermsSchema = z.discriminatedUnion('type', [
  economicCooperationTermsSchema,
  socialInnovationTermsSchema,
  responsiblePracticesTermsSchema,
  patronageTermsSchema
])

export type AgreementTerms = z.infer<typeof agreementTermsSchema>
export type TermsOfType<T extends AgreementTerms['type']> = Extract<AgreementTerms, { type: T }>

export { centsSchema } from '../partnership-types/common/terms-fields'
export type { EconomicCooperationTerms } from '../partnership-types/economic-cooperation/economic-cooperation-terms.schema'
export type { PatronageTerms } from '../partnership-types/patronage/patronage-terms.schema'
export type {
  ResponsiblePracticesTerms,
  SupplierStatus
} from '../partnership-types/responsible-practices/responsible-practices-terms.schema'
export type { SocialInnovationTerms } from '../partnership-types/social-innovation/social-innovation-terms.schema'

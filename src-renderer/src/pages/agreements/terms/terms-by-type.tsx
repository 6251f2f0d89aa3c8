import type { ComponentType } from 'react'
import type { PartnershipTypeCode } from '@shared/reference/reference-data'
import type { AgreementTerms } from '@shared/schemas/agreement-terms.schema'
import { EconomicCooperationTermsFields } from './economic-cooperation/EconomicCooperationTermsFields'
import { economicCooperationSummary } from './economic-cooperation/economic-cooperation-summary'
import { PatronageTermsFields } from './patronage/PatronageTermsFields'
import { patronageSummary } from './patronage/patronage-summary'
import { ResponsiblePracticesTermsFields } from './responsible-practices/ResponsiblePracticesTermsFields'
import { responsiblePracticesSummary } from './responsible-practices/responsible-practices-summary'
import { SocialInnovationTermsFields } from './social-innovation/SocialInnovationTermsFields'
import { socialInnovationSummary } from './social-innovation/social-innovation-summary'
import type { SummaryRows } from './summary-values'

/** The form fields of each type's terms (wizard step 4). */
export const TERMS_FIELDS: Readonly<Record<PartnershipTypeCode, ComponentType>> = {
  'economic-cooperation': EconomicCooperationTermsFields,
  'social-innovation': SocialInnovationTermsFields,
  'responsible-practices': ResponsiblePracticesTermsFields,
  patronage: PatronageTermsFields
}

/** The review step's rows for the terms, as the type's module words them. */
export function termsSummary(terms: AgreementTerms): SummaryRows {
  switch (terms.type) {
    case 'economic-cooperation':
      return economicCooperationSummary(terms)
    case 'social-innovation':
      return socialInnovationSummary(terms)
    case 'responsible-practices':
      return responsiblePracticesSummary(terms)
    case 'patronage':
      return patronageSummary(terms)
  }
}

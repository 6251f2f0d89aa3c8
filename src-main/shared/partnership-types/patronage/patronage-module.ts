import type { PartnershipTypeModule } from '../partnership-type-module'
import { createPatronageArticle } from './patronage-article'
import { checkPatronage } from './patronage-checks'
import { PATRONAGE_CLAUSES } from './patronage-clauses'
import { emptyPatronageTerms, patronageSuggestions } from './patronage-defaults'
import { patronageTermsSchema, type PatronageTerms } from './patronage-terms.schema'

/** Mécénat: a gift in money, in kind or in skills to an eligible beneficiary (art. 238 bis CGI). */
export const patronageModule: PartnershipTypeModule<'patronage', PatronageTerms> = {
  code: 'patronage',
  termsSchema: patronageTermsSchema,
  emptyTerms: emptyPatronageTerms,
  checkTerms: checkPatronage,
  suggestions: patronageSuggestions,
  clauses: PATRONAGE_CLAUSES,
  createArticle: createPatronageArticle
}

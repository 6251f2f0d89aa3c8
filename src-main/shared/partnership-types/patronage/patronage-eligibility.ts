import {
  COMPANY_LEGAL_FORMS,
  type LegalFormCode,
  type PartnerStatusCode
} from '../../reference/reference-data'

/** What the patronage rules read on the partner's record. */
export interface BeneficiaryRecord {
  legalForm: LegalFormCode
  statuses: readonly PartnerStatusCode[]
  generalInterest: boolean
}

/** The recorded ground that makes the partner eligible (art. 238 bis 1 CGI): a or b. */
export type EligibilityBasis = 'general-interest' | 'public-utility'

export type Eligibility = { eligible: true; basis: EligibilityBasis } | { eligible: false; reason: string }

/**
 * Whether a gift to this partner is mécénat. Only what the partner's record says counts: a status recognised of
 * public utility, or the general-interest character; a company (SCIC, SCOP, SA, SAS, SARL) is never eligible.
 */
export function patronageEligibility(partner: BeneficiaryRecord): Eligibility {
  if (COMPANY_LEGAL_FORMS.has(partner.legalForm))
    return {
      eligible: false,
      reason:
        'Une société (SCIC, SCOP, SA, SAS, SARL) ne peut pas recevoir de mécénat : un soutien assorti de contreparties relève du parrainage, une prestation payée d’une coopération économique ou d’un achat.'
    }
  if (partner.statuses.includes('public-utility')) return { eligible: true, basis: 'public-utility' }
  if (partner.generalInterest) return { eligible: true, basis: 'general-interest' }
  return {
    eligible: false,
    reason:
      'Le partenaire n’est enregistré ni comme d’intérêt général ni comme reconnu d’utilité publique : un don ne peut pas être du mécénat. Complétez sa fiche si ce statut est établi.'
  }
}

export const ELIGIBILITY_BASIS_WORDING: Readonly<Record<EligibilityBasis, string>> = {
  'general-interest':
    'organisme d’intérêt général ayant un caractère philanthropique, éducatif, scientifique, social, humanitaire, sportif, familial, culturel ou concourant à la défense de l’environnement, au sens du a du 1 de l’article 238 bis du code général des impôts',
  'public-utility':
    'association ou fondation reconnue d’utilité publique, au sens du b du 1 de l’article 238 bis du code général des impôts'
}

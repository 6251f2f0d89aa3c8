import type { PartnershipTypeCode } from '../reference/reference-data'
import type { AgreementTerms } from '../schemas/agreement-terms.schema'

/** Blank terms for a type: what the wizard's step 4 starts from once a type is chosen. */
export function emptyTerms<T extends PartnershipTypeCode>(type: T): Extract<AgreementTerms, { type: T }> {
  return blankTerms(type) as Extract<AgreementTerms, { type: T }>
}

function blankTerms(type: PartnershipTypeCode): AgreementTerms {
  switch (type) {
    case 'economic-cooperation':
      return {
        type,
        jointOffer: '',
        laPosteContribution: '',
        partnerContribution: '',
        remunerationModel: null,
        remunerationAmountCents: null,
        billingFrequency: null,
        territory: '',
        exclusivity: false
      }
    case 'social-innovation':
      return {
        type,
        missingService: '',
        targetPublic: '',
        experimentationMonths: null,
        experimentationSites: [],
        evaluationPlan: '',
        coFinancing: [],
        ownership: null,
        licence: '',
        scaleUpConditions: ''
      }
    case 'responsible-practices':
      return {
        type,
        purchaseCategory: '',
        supplierStatus: null,
        reservedMarket: false,
        yearlyAmountCents: null,
        lots: [],
        socialClauseHours: null
      }
    case 'patronage':
      return {
        type,
        nature: null,
        amountCents: null,
        skills: { employees: null, days: null, dailyCostCents: null, valuationBasis: '' },
        paymentSchedule: [],
        counterparts: [],
        taxReceiptRequested: false
      }
  }
}

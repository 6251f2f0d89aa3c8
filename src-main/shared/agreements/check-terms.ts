import type { AgreementCheck } from '../domain/agreement'
import type { LegalFormCode, PartnerStatusCode } from '../reference/reference-data'
import type {
  EconomicCooperationTerms,
  PatronageTerms,
  ResponsiblePracticesTerms,
  SocialInnovationTerms,
  SupplierStatus
} from '../schemas/agreement-terms.schema'
import type { AgreementContent } from '../schemas/agreement.schema'
import { isBlank, issue } from './issue-factory'
import { counterpartsExceedLimit, giftValueCents, taxReceiptRefusal } from './patronage-rules'

/** What the type-specific rules need to know about the partner structure. */
export interface TermsCheckPartner {
  generalInterest: boolean
  legalForm: LegalFormCode
  statuses: readonly PartnerStatusCode[]
}

const STEP = 4
const RESERVED_MARKET_SUPPLIERS: ReadonlySet<SupplierStatus> = new Set(['esat', 'ea', 'siae'])
const SUPPLIER_OF_PARTNER_STATUS: Partial<Record<PartnerStatusCode, SupplierStatus>> = {
  esat: 'esat',
  'adapted-enterprise': 'ea',
  siae: 'siae'
}

export function checkEconomicCooperation(terms: EconomicCooperationTerms, out: AgreementCheck): void {
  if (isBlank(terms.jointOffer))
    out.problems.push(issue('joint-offer-missing', STEP, 'terms.jointOffer', "Décrivez l'offre commune."))
  if (terms.remunerationModel === null)
    out.problems.push(
      issue(
        'remuneration-model-missing',
        STEP,
        'terms.remunerationModel',
        'Choisissez le modèle de rémunération.'
      )
    )
  if (terms.remunerationAmountCents === null || terms.remunerationAmountCents <= 0)
    out.problems.push(
      issue(
        'remuneration-amount-missing',
        STEP,
        'terms.remunerationAmountCents',
        'Indiquez le montant de la rémunération.'
      )
    )
  if (terms.billingFrequency === null)
    out.warnings.push(
      issue(
        'billing-frequency-missing',
        STEP,
        'terms.billingFrequency',
        'La périodicité de facturation n’est pas précisée.'
      )
    )
}

export function checkSocialInnovation(
  terms: SocialInnovationTerms,
  content: AgreementContent,
  out: AgreementCheck
): void {
  if (isBlank(terms.missingService))
    out.problems.push(
      issue(
        'missing-service-missing',
        STEP,
        'terms.missingService',
        'Décrivez la prestation manquante que le projet crée.'
      )
    )
  if (isBlank(terms.evaluationPlan))
    out.problems.push(
      issue(
        'evaluation-plan-missing',
        STEP,
        'terms.evaluationPlan',
        "Une innovation sociale doit prévoir un plan d'évaluation : indiquez comment et quand l'expérimentation sera évaluée."
      )
    )
  if (
    terms.experimentationMonths !== null &&
    content.durationMonths !== null &&
    terms.experimentationMonths > content.durationMonths
  )
    out.warnings.push(
      issue(
        'experimentation-longer-than-agreement',
        STEP,
        'terms.experimentationMonths',
        "L'expérimentation dure plus longtemps que la convention."
      )
    )
}

export function checkResponsiblePractices(
  terms: ResponsiblePracticesTerms,
  partner: TermsCheckPartner | null,
  out: AgreementCheck
): void {
  if (isBlank(terms.purchaseCategory))
    out.problems.push(
      issue('purchase-category-missing', STEP, 'terms.purchaseCategory', "Indiquez la catégorie d'achat.")
    )
  if (terms.supplierStatus === null)
    out.problems.push(
      issue(
        'supplier-status-missing',
        STEP,
        'terms.supplierStatus',
        'Indiquez le statut du fournisseur (ESAT, EA, SIAE…).'
      )
    )
  if (
    terms.reservedMarket &&
    terms.supplierStatus !== null &&
    !RESERVED_MARKET_SUPPLIERS.has(terms.supplierStatus)
  )
    out.problems.push(
      issue(
        'reserved-market-supplier',
        STEP,
        'terms.supplierStatus',
        'Un marché réservé ne peut être attribué qu’à un ESAT, une entreprise adaptée (EA) ou une structure d’insertion (SIAE).'
      )
    )
  if (terms.yearlyAmountCents === null || terms.yearlyAmountCents <= 0)
    out.problems.push(
      issue('yearly-amount-missing', STEP, 'terms.yearlyAmountCents', "Indiquez le montant annuel d'achats.")
    )
  const expected = partner?.statuses
    .map((status) => SUPPLIER_OF_PARTNER_STATUS[status])
    .find((supplier) => supplier !== undefined)
  if (expected !== undefined && terms.supplierStatus !== null && terms.supplierStatus !== expected)
    out.warnings.push(
      issue(
        'supplier-status-differs',
        STEP,
        'terms.supplierStatus',
        'Le statut du fournisseur ne correspond pas au statut du partenaire.'
      )
    )
}

export function checkPatronage(
  terms: PatronageTerms,
  partner: TermsCheckPartner | null,
  out: AgreementCheck
): void {
  if (terms.nature === null)
    out.problems.push(
      issue(
        'patronage-nature-missing',
        STEP,
        'terms.nature',
        'Choisissez la nature du mécénat : financier, en nature ou de compétences.'
      )
    )
  if (terms.nature === 'skills') {
    const { employees, days, dailyCostCents } = terms.skills
    if (employees === null || employees <= 0)
      out.problems.push(
        issue(
          'skills-employees-missing',
          STEP,
          'terms.skills.employees',
          'Indiquez le nombre de salariés mobilisés.'
        )
      )
    if (days === null || days <= 0)
      out.problems.push(
        issue('skills-days-missing', STEP, 'terms.skills.days', 'Indiquez le nombre de jours.')
      )
    if (dailyCostCents === null || dailyCostCents <= 0)
      out.problems.push(
        issue(
          'skills-daily-cost-missing',
          STEP,
          'terms.skills.dailyCostCents',
          'Indiquez le coût journalier retenu pour la valorisation.'
        )
      )
  } else if (terms.nature !== null && (terms.amountCents === null || terms.amountCents <= 0)) {
    out.problems.push(
      issue(
        'gift-amount-missing',
        STEP,
        'terms.amountCents',
        terms.nature === 'financial'
          ? 'Indiquez le montant du don.'
          : 'Indiquez la valorisation du don en nature.'
      )
    )
  }
  terms.counterparts.forEach((counterpart, index) => {
    if (isBlank(counterpart.description) || counterpart.valueCents === null)
      out.problems.push(
        issue(
          'counterpart-incomplete',
          STEP,
          `terms.counterparts.${index}`,
          'Chaque contrepartie a une description et une valeur (0 si elle n’en a pas).'
        )
      )
  })
  if (counterpartsExceedLimit(terms))
    out.warnings.push(
      issue(
        'counterparts-over-25-percent',
        STEP,
        'terms.counterparts',
        'Les contreparties dépassent 25 % de la valeur du don : au-delà, l’opération risque de ne plus être du mécénat.'
      )
    )
  const refusal = partner && terms.taxReceiptRequested ? taxReceiptRefusal(partner.generalInterest) : null
  if (refusal !== null)
    out.problems.push(issue('tax-receipt-not-eligible', STEP, 'terms.taxReceiptRequested', refusal))
  const gift = giftValueCents(terms)
  const scheduled = terms.paymentSchedule.reduce((total, payment) => total + (payment.amountCents ?? 0), 0)
  if (terms.nature === 'financial' && gift !== null && terms.paymentSchedule.length > 0 && scheduled !== gift)
    out.warnings.push(
      issue(
        'payment-schedule-mismatch',
        STEP,
        'terms.paymentSchedule',
        "L'échéancier ne totalise pas le montant du don."
      )
    )
}

import type { CheckContext } from '../../src-main/shared/agreements/check-agreement'
import type { PartnershipTypeCode } from '../../src-main/shared/reference/reference-data'
import type { AgreementContent } from '../../src-main/shared/schemas/agreement.schema'
import type { AgreementTerms, TermsOfType } from '../../src-main/shared/schemas/agreement-terms.schema'

/**
 * One case per blocking rule of the signing gate: a change to a complete agreement (`completeContent(type)`) that
 * breaks exactly that rule. `says` is a piece of the French message; `field` is where the wizard shows it.
 * `pureOnly` cases need a state the service never stores as such (a partner record its validation refuses, terms of
 * another type): they are checked on the pure gate only.
 */
export interface GateCase {
  code: string
  type: PartnershipTypeCode
  field: string
  says: RegExp
  change: (content: AgreementContent, context: CheckContext) => void
  pureOnly?: boolean
}

function terms<T extends PartnershipTypeCode>(content: AgreementContent, type: T): TermsOfType<T> {
  const current = content.terms as AgreementTerms
  if (current.type !== type) throw new Error(`the case expects ${type} terms`)
  return current as TermsOfType<T>
}

const patronage = (content: AgreementContent) => terms(content, 'patronage')
const skills = (content: AgreementContent) => {
  const gift = patronage(content)
  Object.assign(gift, {
    nature: 'skills',
    amountCents: null,
    paymentSchedule: [],
    skills: {
      employees: 4,
      days: 10,
      dailyCostCents: 35_000,
      valuationBasis: 'Coût salarial',
      missions: 'Logistique des collectes',
      placeAndHours: 'Entrepôt de Bruges, de 8 h à 17 h'
    }
  })
  return gift
}
const inKind = (content: AgreementContent) => {
  const gift = patronage(content)
  Object.assign(gift, {
    nature: 'in-kind',
    amountCents: 300_000,
    paymentSchedule: [],
    inKind: {
      goods: 'Vingt ordinateurs portables',
      valuationMethod: 'net-book-value',
      deliveryDate: '2030-02-01',
      deliveryPlace: 'Bruges',
      itEquipment: true
    }
  })
  return gift
}
const purchase = (content: AgreementContent) => terms(content, 'responsible-practices')
const cooperation = (content: AgreementContent) => terms(content, 'economic-cooperation')
const innovation = (content: AgreementContent) => terms(content, 'social-innovation')

export const GATE_CASES: readonly GateCase[] = [
  // Need, title, partner, route
  {
    code: 'need-missing',
    type: 'social-innovation',
    field: 'needId',
    says: /besoin local/,
    change: (c) => void (c.needId = null)
  },
  {
    code: 'title-missing',
    type: 'social-innovation',
    field: 'title',
    says: /titre/,
    change: (c) => void (c.title = ' ')
  },
  {
    code: 'route-missing',
    type: 'social-innovation',
    field: 'route',
    says: /accord-cadre national/,
    change: (c) => void (c.route = null)
  },
  {
    code: 'framework-without-head-network',
    type: 'social-innovation',
    field: 'route',
    says: /aucune tête de réseau/,
    change: (c) => void (c.route = 'national-framework')
  },
  {
    code: 'esat-managing-body-missing',
    type: 'social-innovation',
    field: 'partnerId',
    says: /organisme gestionnaire/,
    pureOnly: true,
    change: (_c, context) =>
      void Object.assign(context.partner ?? {}, { statuses: ['esat'], managingBodyName: null })
  },
  {
    code: 'document-placeholder',
    type: 'social-innovation',
    field: 'partnerId',
    says: /Dans la partie du partenaire .*\[à compléter\]/,
    pureOnly: true,
    change: (_c, context) =>
      void Object.assign(context.partner ?? {}, { addressLine: null, postalCode: null, commune: null })
  },
  // Type, title and nature
  {
    code: 'type-missing',
    type: 'social-innovation',
    field: 'type',
    says: /type de partenariat/,
    change: (c) => void ((c.type = null), (c.terms = null))
  },
  {
    code: 'terms-missing',
    type: 'social-innovation',
    field: 'terms',
    says: /modalités/,
    pureOnly: true,
    change: (c) => void (c.type = 'patronage')
  },
  {
    code: 'title-type-mismatch',
    type: 'responsible-practices',
    field: 'title',
    says: /annonce « Mécénat »/,
    change: (c) => void (c.title = 'Don à la Banque alimentaire')
  },
  {
    code: 'title-nature-mismatch',
    type: 'patronage',
    field: 'terms.nature',
    says: /mécénat en nature/,
    change: (c) => void (c.title = 'Don de mobilier à la Banque alimentaire')
  },
  // Commitments, indicators, benefits
  {
    code: 'domains-missing',
    type: 'social-innovation',
    field: 'domainIds',
    says: /domaine/,
    change: (c) => void (c.domainIds = [])
  },
  {
    code: 'la-poste-commitments-missing',
    type: 'social-innovation',
    field: 'laPosteCommitments',
    says: /engagement de La Poste/,
    change: (c) => void (c.laPosteCommitments = [' '])
  },
  {
    code: 'partner-commitments-missing',
    type: 'social-innovation',
    field: 'partnerCommitments',
    says: /engagement du partenaire/,
    change: (c) => void (c.partnerCommitments = [])
  },
  {
    code: 'indicators-missing',
    type: 'social-innovation',
    field: 'indicators',
    says: /indicateur/,
    change: (c) => void (c.indicators = [])
  },
  {
    code: 'indicator-incomplete',
    type: 'social-innovation',
    field: 'indicators.0',
    says: /Indicateur 1/,
    change: (c) => void (c.indicators = [{ label: 'Personnes', target: null, unit: 'personnes' }])
  },
  {
    code: 'indicator-skills-without-skills',
    type: 'patronage',
    field: 'indicators.1',
    says: /ne prévoit pas de mécénat de compétences/,
    change: (c) =>
      void c.indicators.push({ label: 'Jours de mécénat de compétences réalisés', target: 40, unit: 'jours' })
  },
  {
    code: 'indicator-skills-days-mismatch',
    type: 'patronage',
    field: 'indicators.1.target',
    says: /100 jours.*40 jours valorisés/,
    change: (c) => {
      skills(c)
      c.indicators.push({ label: 'Jours de mécénat de compétences réalisés', target: 100, unit: 'jours' })
      c.benefitCodes = ['human-resources']
    }
  },
  {
    code: 'benefit-skills-without-skills',
    type: 'patronage',
    field: 'benefitCodes',
    says: /ressources humaines spécifiques/,
    change: (c) => void (c.benefitCodes = ['human-resources'])
  },
  {
    code: 'benefit-reserved-markets-without-market',
    type: 'responsible-practices',
    field: 'benefitCodes',
    says: /marchés réservés/,
    change: (c) => void (c.benefitCodes = ['reserved-markets'])
  },
  // Duration and clauses
  {
    code: 'startDate-missing',
    type: 'social-innovation',
    field: 'startDate',
    says: /date de début/,
    change: (c) => void (c.startDate = null)
  },
  {
    code: 'durationMonths-missing',
    type: 'social-innovation',
    field: 'durationMonths',
    says: /durée/,
    change: (c) => void (c.durationMonths = null)
  },
  {
    code: 'renewalRule-missing',
    type: 'social-innovation',
    field: 'renewalRule',
    says: /reconduction/,
    change: (c) => void (c.renewalRule = null)
  },
  {
    code: 'noticeMonths-missing',
    type: 'social-innovation',
    field: 'noticeMonths',
    says: /préavis/,
    change: (c) => void (c.noticeMonths = null)
  },
  {
    code: 'jurisdiction-missing',
    type: 'social-innovation',
    field: 'jurisdiction',
    says: /juridiction/,
    change: (c) => void (c.jurisdiction = '')
  },
  // Signatories
  {
    code: 'la-poste-signatory-missing',
    type: 'social-innovation',
    field: 'laPosteSignatory.name',
    says: /signataire pour La Poste/,
    change: (c) => void (c.laPosteSignatory.name = '')
  },
  {
    code: 'partner-signatory-missing',
    type: 'social-innovation',
    field: 'partnerSignatoryContactId',
    says: /signataire du partenaire/,
    change: (c) => void (c.partnerSignatoryContactId = null)
  },
  {
    code: 'partner-signatory-unknown',
    type: 'social-innovation',
    field: 'partnerSignatoryContactId',
    says: /ne fait plus partie/,
    change: (c) => void (c.partnerSignatoryContactId = 99)
  },
  {
    code: 'partner-signatory-cannot-sign',
    type: 'social-innovation',
    field: 'partnerSignatoryContactId',
    says: /pas habilité à signer/,
    pureOnly: true,
    change: (c, context) => {
      c.partnerSignatoryContactId = 8
      Object.assign(context.partner?.contacts[1] ?? {}, { maySign: false })
    }
  },
  {
    code: 'partner-signatory-capacity',
    type: 'social-innovation',
    field: 'partnerSignatoryContactId',
    says: /« Responsable logistique » : cette qualité n’engage pas le partenaire.*président\(e\)/,
    change: (c) => void (c.partnerSignatoryContactId = 8)
  },
  {
    code: 'place-missing',
    type: 'social-innovation',
    field: 'place',
    says: /lieu de signature/,
    change: (c) => void (c.place = '')
  },
  // Mécénat
  {
    code: 'patronage-nature-missing',
    type: 'patronage',
    field: 'terms.nature',
    says: /nature du mécénat/,
    change: (c) => void Object.assign(patronage(c), { nature: null, paymentSchedule: [] })
  },
  {
    code: 'gift-amount-missing',
    type: 'patronage',
    field: 'terms.amountCents',
    says: /montant du don/,
    change: (c) => void Object.assign(patronage(c), { amountCents: null })
  },
  {
    code: 'skills-employees-missing',
    type: 'patronage',
    field: 'terms.skills.employees',
    says: /salariés mobilisés/,
    change: (c) => void (skills(c).skills.employees = null)
  },
  {
    code: 'skills-days-missing',
    type: 'patronage',
    field: 'terms.skills.days',
    says: /jours par salarié/,
    change: (c) => void (skills(c).skills.days = 0)
  },
  {
    code: 'skills-daily-cost-missing',
    type: 'patronage',
    field: 'terms.skills.dailyCostCents',
    says: /coût journalier/,
    change: (c) => void (skills(c).skills.dailyCostCents = null)
  },
  {
    code: 'skills-daily-cost-over-cap',
    type: 'patronage',
    field: 'terms.skills.dailyCostCents',
    says: /trois fois le plafond journalier de la sécurité sociale.*660,00/,
    change: (c) => void (skills(c).skills.dailyCostCents = 70_000)
  },
  {
    code: 'skills-missions-missing',
    type: 'patronage',
    field: 'terms.skills.missions',
    says: /missions/,
    change: (c) => void (skills(c).skills.missions = '')
  },
  {
    code: 'skills-place-missing',
    type: 'patronage',
    field: 'terms.skills.placeAndHours',
    says: /lieu et les horaires/,
    change: (c) => void (skills(c).skills.placeAndHours = '')
  },
  {
    code: 'in-kind-goods-missing',
    type: 'patronage',
    field: 'terms.inKind.goods',
    says: /biens donnés/,
    change: (c) => void (inKind(c).inKind.goods = '')
  },
  {
    code: 'in-kind-valuation-method-missing',
    type: 'patronage',
    field: 'terms.inKind.valuationMethod',
    says: /valeur nette comptable/,
    change: (c) => void (inKind(c).inKind.valuationMethod = null)
  },
  {
    code: 'in-kind-delivery-date-missing',
    type: 'patronage',
    field: 'terms.inKind.deliveryDate',
    says: /date de livraison/,
    change: (c) => void (inKind(c).inKind.deliveryDate = null)
  },
  {
    code: 'in-kind-delivery-outside-term',
    type: 'patronage',
    field: 'terms.inKind.deliveryDate',
    says: /pendant la durée/,
    change: (c) => void (inKind(c).inKind.deliveryDate = '2031-06-01')
  },
  {
    code: 'in-kind-delivery-place-missing',
    type: 'patronage',
    field: 'terms.inKind.deliveryPlace',
    says: /lieu de livraison/,
    change: (c) => void (inKind(c).inKind.deliveryPlace = '')
  },
  {
    code: 'payment-schedule-not-financial',
    type: 'patronage',
    field: 'terms.paymentSchedule',
    says: /Seul un don en numéraire/,
    change: (c) => void (inKind(c).paymentSchedule = [{ date: '2030-02-01', amountCents: 300_000 }])
  },
  {
    code: 'payment-schedule-missing',
    type: 'patronage',
    field: 'terms.paymentSchedule',
    says: /chaque versement/,
    change: (c) => void (patronage(c).paymentSchedule = [])
  },
  {
    code: 'payment-date-missing',
    type: 'patronage',
    field: 'terms.paymentSchedule.0.date',
    says: /Versement 1 : indiquez sa date/,
    change: (c) => void (patronage(c).paymentSchedule = [{ date: null, amountCents: 500_000 }])
  },
  {
    code: 'payment-outside-term',
    type: 'patronage',
    field: 'terms.paymentSchedule.0.date',
    says: /entre le 1er janvier 2030 et le/,
    change: (c) => void (patronage(c).paymentSchedule = [{ date: '2029-12-15', amountCents: 500_000 }])
  },
  {
    code: 'payment-amount-missing',
    type: 'patronage',
    field: 'terms.paymentSchedule.1.amountCents',
    says: /Versement 2 : indiquez son montant/,
    change: (c) => void patronage(c).paymentSchedule.push({ date: '2030-06-01', amountCents: null })
  },
  {
    code: 'payment-schedule-mismatch',
    type: 'patronage',
    field: 'terms.paymentSchedule',
    says: /totalisent 5 000,00 € alors que le don est de 1 000,00 €/,
    change: (c) => void (patronage(c).amountCents = 100_000)
  },
  {
    code: 'counterpart-incomplete',
    type: 'patronage',
    field: 'terms.counterparts.0',
    says: /Contrepartie 1/,
    change: (c) => void (patronage(c).counterparts = [{ description: 'Logo', valueCents: null }])
  },
  {
    code: 'counterparts-over-25-percent',
    type: 'patronage',
    field: 'terms.counterparts',
    says: /30 % du don.*parrainage.*partenariat payé/,
    change: (c) =>
      void (patronage(c).counterparts = [{ description: 'Logo sur le camion', valueCents: 150_000 }])
  },
  {
    code: 'patronage-beneficiary-not-eligible',
    type: 'patronage',
    field: 'partnerId',
    says: /SCIC/,
    pureOnly: true,
    change: (_c, context) =>
      void Object.assign(context.partner ?? {}, {
        legalForm: 'scic',
        contacts: [{ id: 7, name: 'Peio Larralde', role: 'Gérant', email: null, phone: null, maySign: true }]
      })
  },
  {
    code: 'patronage-tacit-renewal',
    type: 'patronage',
    field: 'renewalRule',
    says: /ne se reconduit pas tacitement/,
    change: (c) => void (c.renewalRule = 'tacit')
  },
  // Achats responsables
  {
    code: 'purchase-category-missing',
    type: 'responsible-practices',
    field: 'terms.purchaseCategory',
    says: /catégorie/,
    change: (c) => void (purchase(c).purchaseCategory = '')
  },
  {
    code: 'supplier-status-missing',
    type: 'responsible-practices',
    field: 'terms.supplierStatus',
    says: /statut du fournisseur/,
    change: (c) => void (purchase(c).supplierStatus = null)
  },
  {
    code: 'reserved-market-supplier',
    type: 'responsible-practices',
    field: 'terms.supplierStatus',
    says: /marché réservé ne peut être attribué/,
    change: (c) => void (purchase(c).reservedMarket = true)
  },
  {
    code: 'supplier-status-differs',
    type: 'responsible-practices',
    field: 'terms.supplierStatus',
    says: /doit être celui de la fiche du partenaire : « ESAT »/,
    pureOnly: true,
    change: (c, context) => {
      Object.assign(context.partner ?? {}, {
        statuses: ['esat'],
        managingBodyName: 'Association gestionnaire'
      })
      Object.assign(purchase(c), { supplierStatus: 'ea', supplierStatusProof: 'Contrat avec l’État' })
    }
  },
  {
    code: 'supplier-status-proof-missing',
    type: 'responsible-practices',
    field: 'terms.supplierStatusProof',
    says: /acte qui établit le statut/,
    pureOnly: true,
    change: (c, context) => {
      Object.assign(context.partner ?? {}, { statuses: ['siae'] })
      purchase(c).supplierStatus = 'siae'
    }
  },
  {
    code: 'yearly-amount-missing',
    type: 'responsible-practices',
    field: 'terms.yearlyAmountCents',
    says: /montant annuel/,
    change: (c) => void (purchase(c).yearlyAmountCents = null)
  },
  {
    code: 'lot-incomplete',
    type: 'responsible-practices',
    field: 'terms.lots.0',
    says: /Lot 1/,
    change: (c) => void (purchase(c).lots = [{ label: '', amountCents: 2_400_000 }])
  },
  {
    code: 'lots-total-mismatch',
    type: 'responsible-practices',
    field: 'terms.lots',
    says: /totalisent 5 000,00 € par an alors que le montant annuel d’achats est de 24 000,00 €/,
    change: (c) => void (purchase(c).lots = [{ label: 'Tonte', amountCents: 500_000 }])
  },
  {
    code: 'payment-term-missing',
    type: 'responsible-practices',
    field: 'terms.paymentTermDays',
    says: /délai de paiement/,
    change: (c) => void (purchase(c).paymentTermDays = null)
  },
  {
    code: 'payment-term-too-long',
    type: 'responsible-practices',
    field: 'terms.paymentTermDays',
    says: /60 jours/,
    change: (c) => void (purchase(c).paymentTermDays = 90)
  },
  {
    code: 'indicator-purchase-amount-mismatch',
    type: 'responsible-practices',
    field: 'indicators.1.target',
    says: /50 €.*24 000 € par an/,
    change: (c) =>
      void c.indicators.push({ label: 'Montant d’achats réalisés par an', target: 50, unit: '€/an' })
  },
  {
    code: 'indicator-hours-below-clause',
    type: 'responsible-practices',
    field: 'indicators.1.target',
    says: /100 heures.*1 200 heures de la clause sociale/,
    change: (c) => {
      purchase(c).socialClauseHours = 1_200
      c.indicators.push({ label: 'Heures d’insertion réalisées', target: 100, unit: 'heures' })
    }
  },
  // Coopération économique
  {
    code: 'joint-offer-missing',
    type: 'economic-cooperation',
    field: 'terms.jointOffer',
    says: /offre commune/,
    change: (c) => void (cooperation(c).jointOffer = '')
  },
  {
    code: 'la-poste-contribution-missing',
    type: 'economic-cooperation',
    field: 'terms.laPosteContribution',
    says: /apport de La Poste/,
    change: (c) => void (cooperation(c).laPosteContribution = '')
  },
  {
    code: 'partner-contribution-missing',
    type: 'economic-cooperation',
    field: 'terms.partnerContribution',
    says: /apport du partenaire/,
    change: (c) => void (cooperation(c).partnerContribution = '')
  },
  {
    code: 'territory-missing',
    type: 'economic-cooperation',
    field: 'terms.territory',
    says: /territoire/,
    change: (c) => void (cooperation(c).territory = '')
  },
  {
    code: 'opening-hours-missing',
    type: 'economic-cooperation',
    field: 'terms.openingHours',
    says: /horaires/,
    change: (c) => void (cooperation(c).openingHours = '')
  },
  {
    code: 'remuneration-model-missing',
    type: 'economic-cooperation',
    field: 'terms.remunerationModel',
    says: /modèle de rémunération/,
    change: (c) => void (cooperation(c).remunerationModel = null)
  },
  {
    code: 'remuneration-amount-missing',
    type: 'economic-cooperation',
    field: 'terms.remunerationAmountCents',
    says: /hors taxes/,
    change: (c) => void (cooperation(c).remunerationAmountCents = 0)
  },
  {
    code: 'billing-frequency-missing',
    type: 'economic-cooperation',
    field: 'terms.billingFrequency',
    says: /périodicité/,
    change: (c) => void (cooperation(c).billingFrequency = null)
  },
  {
    code: 'banking-without-mandate',
    type: 'economic-cooperation',
    field: 'terms.bankingMandate',
    says: /La Banque Postale.*mandat/,
    change: (c) => void (cooperation(c).jointOffer = 'Services postaux et bancaires de base dans l’épicerie')
  },
  // Innovation sociale
  {
    code: 'missing-service-missing',
    type: 'social-innovation',
    field: 'terms.missingService',
    says: /service manquant/,
    change: (c) => void (innovation(c).missingService = '')
  },
  {
    code: 'target-public-missing',
    type: 'social-innovation',
    field: 'terms.targetPublic',
    says: /public visé/,
    change: (c) => void (innovation(c).targetPublic = '')
  },
  {
    code: 'experimentation-months-missing',
    type: 'social-innovation',
    field: 'terms.experimentationMonths',
    says: /durée de l’expérimentation/,
    change: (c) => void (innovation(c).experimentationMonths = null)
  },
  {
    code: 'experimentation-sites-missing',
    type: 'social-innovation',
    field: 'terms.experimentationSites',
    says: /site/,
    change: (c) => void (innovation(c).experimentationSites = [' '])
  },
  {
    code: 'evaluation-plan-missing',
    type: 'social-innovation',
    field: 'terms.evaluationPlan',
    says: /plan d’évaluation/,
    change: (c) => void (innovation(c).evaluationPlan = ' ')
  },
  {
    code: 'data-collector-missing',
    type: 'social-innovation',
    field: 'terms.dataCollector',
    says: /qui collecte/,
    change: (c) => void (innovation(c).dataCollector = null)
  },
  {
    code: 'data-role-missing',
    type: 'social-innovation',
    field: 'terms.dataRole',
    says: /RGPD/,
    change: (c) => void (innovation(c).dataRole = null)
  },
  {
    code: 'ownership-missing',
    type: 'social-innovation',
    field: 'terms.ownership',
    says: /appartient/,
    change: (c) => void (innovation(c).ownership = null)
  },
  {
    code: 'scale-up-conditions-missing',
    type: 'social-innovation',
    field: 'terms.scaleUpConditions',
    says: /étendu ou pérennisé/,
    change: (c) => void (innovation(c).scaleUpConditions = '')
  },
  {
    code: 'experimentation-longer-than-agreement',
    type: 'social-innovation',
    field: 'terms.experimentationMonths',
    says: /plus longtemps que la convention/,
    change: (c) => void (innovation(c).experimentationMonths = 18)
  },
  {
    code: 'data-role-collector-mismatch',
    type: 'social-innovation',
    field: 'terms.dataRole',
    says: /sous-traitant/,
    change: (c) => void Object.assign(innovation(c), { dataRole: 'processor', dataCollector: 'both' })
  },
  {
    code: 'co-financing-incomplete',
    type: 'social-innovation',
    field: 'terms.coFinancing.0',
    says: /Cofinancement 1/,
    change: (c) => void (innovation(c).coFinancing = [{ funder: 'Département', amountCents: null }])
  },
  {
    code: 'la-poste-funding-undeclared',
    type: 'social-innovation',
    field: 'terms.laPosteFunding',
    says: /La Poste figure parmi les cofinanceurs/,
    change: (c) => void (innovation(c).coFinancing = [{ funder: 'La Poste', amountCents: 500_000 }])
  },
  {
    code: 'la-poste-funding-amount-missing',
    type: 'social-innovation',
    field: 'terms.laPosteFundingCents',
    says: /montant apporté par La Poste/,
    change: (c) => void (innovation(c).laPosteFunding = 'subsidy')
  },
  {
    code: 'la-poste-gift-not-eligible',
    type: 'social-innovation',
    field: 'terms.laPosteFunding',
    says: /ni comme d’intérêt général/,
    pureOnly: true,
    change: (c, context) => {
      Object.assign(innovation(c), { laPosteFunding: 'gift', laPosteFundingCents: 500_000 })
      Object.assign(context.partner ?? {}, { generalInterest: false })
    }
  }
]

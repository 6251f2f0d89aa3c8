import { emptyTerms } from '../../src-main/shared/agreements/empty-terms'
import type { AgreementContent } from '../../src-main/shared/schemas/agreement.schema'
import type { AgreementTerms } from '../../src-main/shared/schemas/agreement-terms.schema'
import { emptyPartnerInput, type PartnerInput } from '../../src-main/shared/schemas/partner.schema'
import type { PartnershipTypeCode } from '../../src-main/shared/reference/reference-data'
import type { AppServices } from '../../src-main/services/app-services'

export function bankPartner(overrides: Partial<PartnerInput> = {}): PartnerInput {
  return {
    ...emptyPartnerInput(),
    name: 'Banque alimentaire de la Gironde',
    siret: '33456789800013',
    rna: 'W332004567',
    postalCode: '33520',
    commune: 'Bruges',
    generalInterest: true,
    contacts: [
      { name: 'Bernard Lafitte', role: 'Président', email: '', phone: '', maySign: true },
      { name: 'Sophie Arnaud', role: 'Logistique', email: '', phone: '', maySign: false }
    ],
    ...overrides
  }
}

/** Terms that satisfy every rule of their type. */
export function completeTerms<T extends PartnershipTypeCode>(type: T): Extract<AgreementTerms, { type: T }> {
  return anyCompleteTerms(type) as Extract<AgreementTerms, { type: T }>
}

function anyCompleteTerms(type: PartnershipTypeCode): AgreementTerms {
  switch (type) {
    case 'economic-cooperation':
      return {
        ...emptyTerms(type),
        jointOffer: 'Relais Poste ESS dans l’épicerie associative',
        laPosteContribution: 'Formation et matériel d’affranchissement',
        partnerContribution: 'Accueil du public six jours sur sept',
        territory: 'Canton de Sauveterre',
        openingHours: 'Du mardi au samedi, de 9 h à 12 h',
        remunerationModel: 'flat-monthly',
        remunerationAmountCents: 45_000,
        billingFrequency: 'monthly'
      }
    case 'social-innovation':
      return {
        ...emptyTerms(type),
        missingService: 'Formation à la banque en ligne',
        targetPublic: 'Personnes éloignées du numérique',
        experimentationMonths: 6,
        experimentationSites: ['Bureau de poste de Bruges'],
        evaluationPlan: 'Bilan à 6 mois avec questionnaire',
        ownership: 'shared',
        scaleUpConditions: 'Au moins 100 personnes formées',
        dataCollector: 'partner',
        dataRole: 'separate-controllers'
      }
    case 'responsible-practices':
      return {
        ...emptyTerms(type),
        purchaseCategory: 'Entretien des espaces verts',
        supplierStatus: 'other',
        reservedMarket: false,
        yearlyAmountCents: 2_400_000
      }
    case 'patronage':
      return {
        ...emptyTerms(type),
        nature: 'financial',
        amountCents: 500_000,
        paymentSchedule: [{ date: '2030-02-01', amountCents: 500_000 }]
      }
  }
}

/** Everything the wizard asks, filled in: an agreement with no problem. */
export function completeChanges(
  type: PartnershipTypeCode,
  partnerSignatoryContactId: number
): Partial<AgreementContent> {
  return {
    route: 'direct',
    type,
    terms: completeTerms(type),
    benefitCodes: ['new-audiences'],
    startDate: '2030-01-01',
    durationMonths: 12,
    laPosteCommitments: ['Former les bénévoles'],
    partnerCommitments: ['Accueillir le public'],
    indicators: [{ label: 'Personnes accompagnées', target: 120, unit: 'personnes' }],
    laPosteSignatory: { name: 'Claire Martin', title: 'Directrice régionale' },
    partnerSignatoryContactId,
    place: 'Bordeaux'
  }
}

/** A partner, a need in Bordeaux (department 33) with a domain, ready for agreements. */
export async function seedNeedAndPartner(services: AppServices, partner: Partial<PartnerInput> = {}) {
  const reference = await services.reference.get()
  const domainId = reference.actionDomains[0]?.id ?? null
  const created = await services.partners.create(bankPartner(partner))
  const need = await services.needs.create({
    title: 'Aide alimentaire en zone rurale',
    description: 'Des familles isolées sans transport',
    communes: [{ postalCode: '33000', name: 'Bordeaux' }],
    targetPublic: 'Familles isolées',
    peopleReached: 300,
    domainId,
    identifiedBy: 'Bureau de poste de Bordeaux'
  })
  const signatory = created.contacts.find((contact) => contact.maySign)
  return { partner: created, need, signatoryId: signatory?.id ?? 0, domainId }
}

/** The coordinator who exports in the exchange tests: Claire Dubois, Nouvelle-Aquitaine, Gironde. */
export const EXPORTING_COORDINATOR = {
  name: 'Claire Dubois',
  email: 'claire@laposte.example',
  region: 'Nouvelle-Aquitaine',
  department: '33'
}

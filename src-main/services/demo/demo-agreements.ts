import { emptyTerms } from '../../shared/agreements/empty-terms'
import { SUGGESTED_COMMITMENTS } from '../../shared/agreements/suggested-commitments'
import type { AgreementStatus } from '../../shared/domain/agreement'
import type { AgreementTerms } from '../../shared/schemas/agreement-terms.schema'
import type { AgreementContent, BenefitCode } from '../../shared/schemas/agreement.schema'
import type { PartnershipTypeCode } from '../../shared/reference/reference-data'

/** Complete sample terms per type (a tax receipt only for partners of general interest), varied by a small index so that the register does not look copied. */
export function demoTerms(
  type: PartnershipTypeCode,
  variant: number,
  generalInterest: boolean
): AgreementTerms {
  switch (type) {
    case 'economic-cooperation':
      return {
        ...emptyTerms(type),
        jointOffer: 'Relais Poste ESS : services postaux et bancaires de base dans le commerce associatif.',
        laPosteContribution: 'Formation, matériel, signalétique et rémunération mensuelle.',
        partnerContribution: 'Accueil du public six jours sur sept.',
        remunerationModel: 'flat-monthly',
        remunerationAmountCents: 35_000 + variant * 2_500,
        billingFrequency: 'monthly',
        territory: 'Commune et hameaux voisins'
      }
    case 'social-innovation':
      return {
        ...emptyTerms(type),
        missingService: 'Ateliers d’accompagnement aux démarches en ligne et à la banque à distance.',
        targetPublic: 'Personnes éloignées du numérique',
        experimentationMonths: 6,
        experimentationSites: ['Étape numérique du bureau de poste'],
        evaluationPlan: 'Questionnaire avant/après, bilan partagé en comité de suivi à 6 mois.',
        ownership: 'shared',
        licence: 'CC BY-SA 4.0',
        scaleUpConditions: 'Taux de satisfaction supérieur à 80 % et financement d’une seconde année.'
      }
    case 'responsible-practices':
      return {
        ...emptyTerms(type),
        purchaseCategory: variant % 2 === 0 ? 'Entretien des espaces verts' : 'Reconditionnement de matériel',
        supplierStatus: variant % 2 === 0 ? 'esat' : 'ea',
        reservedMarket: true,
        yearlyAmountCents: 1_800_000 + variant * 100_000,
        lots: [{ label: 'Lot unique', amountCents: 1_800_000 + variant * 100_000 }],
        socialClauseHours: 1_200
      }
    case 'patronage':
      return variant % 2 === 0
        ? {
            ...emptyTerms(type),
            nature: 'skills',
            skills: {
              employees: 8,
              days: 3 + variant,
              dailyCostCents: 32_000,
              valuationBasis: 'Salaire chargé moyen'
            },
            counterparts: [{ description: 'Mention du soutien dans le rapport annuel', valueCents: 0 }],
            taxReceiptRequested: generalInterest
          }
        : {
            ...emptyTerms(type),
            nature: 'financial',
            amountCents: 500_000 * variant,
            paymentSchedule: [{ date: null, amountCents: 500_000 * variant }],
            counterparts: [{ description: 'Logo sur les supports de la collecte', valueCents: 30_000 }],
            taxReceiptRequested: generalInterest
          }
  }
}

const BENEFITS: Record<PartnershipTypeCode, BenefitCode[]> = {
  'economic-cooperation': ['economic-model', 'new-audiences'],
  'social-innovation': ['new-audiences'],
  'responsible-practices': ['reserved-markets', 'economic-model'],
  patronage: ['human-resources', 'specific-offers']
}

/** Every field the wizard asks for, filled in for a demo agreement of that type. */
export function demoChanges(
  type: PartnershipTypeCode,
  variant: number,
  startDate: string,
  durationMonths: number,
  generalInterest: boolean
): Partial<AgreementContent> {
  const suggestions = SUGGESTED_COMMITMENTS[type]
  return {
    route: 'direct',
    type,
    terms: demoTerms(type, variant, generalInterest),
    benefitCodes: BENEFITS[type],
    startDate,
    durationMonths,
    laPosteCommitments: [...suggestions.laPoste],
    partnerCommitments: [...suggestions.partner],
    indicators: suggestions.indicators.map((indicator, index) => ({
      ...indicator,
      target: (index + 1) * 50
    })),
    laPosteSignatory: { name: 'Claire Martin', title: 'Directrice régionale Nouvelle-Aquitaine' },
    place: 'Bordeaux'
  }
}

export interface DemoAgreementSpec {
  title: string
  /** Index in DEMO_NEEDS. */
  need: number
  partnerSiret: string
  type: PartnershipTypeCode
  status: AgreementStatus
  /** Start date, in months from today (negative: in the past). */
  startInMonths: number
  durationMonths: number
  /** Left incomplete on purpose (drafts in progress). */
  partial?: boolean
}

export const DEMO_AGREEMENTS: readonly DemoAgreementSpec[] = [
  {
    title: 'Ateliers repas et lien social – ADMR Vallée du Lot',
    need: 0,
    partnerSiret: '44012345300019',
    type: 'social-innovation',
    status: 'active',
    startInMonths: -11,
    durationMonths: 12
  },
  {
    title: 'Relais Poste ESS de l’ADMR',
    need: 0,
    partnerSiret: '44012345300019',
    type: 'economic-cooperation',
    status: 'draft',
    startInMonths: 2,
    durationMonths: 24,
    partial: true
  },
  {
    title: 'Mécénat de compétences – collecte nationale',
    need: 1,
    partnerSiret: '33456789800013',
    type: 'patronage',
    status: 'active',
    startInMonths: -3,
    durationMonths: 12
  },
  {
    title: 'Don à la Banque alimentaire de la Gironde',
    need: 1,
    partnerSiret: '33456789800013',
    type: 'patronage',
    status: 'signed',
    startInMonths: 1,
    durationMonths: 12
  },
  {
    title: 'Étape numérique de Mont-de-Marsan',
    need: 2,
    partnerSiret: '40567812900017',
    type: 'social-innovation',
    status: 'ready_for_signature',
    startInMonths: 1,
    durationMonths: 12
  },
  {
    title: 'Don de matériel informatique reconditionné',
    need: 2,
    partnerSiret: '40567812900017',
    type: 'patronage',
    status: 'draft',
    startInMonths: 3,
    durationMonths: 12
  },
  {
    title: 'Premier point de service postal – Connect’Solidaire',
    need: 2,
    partnerSiret: '40567812900017',
    type: 'economic-cooperation',
    status: 'ended',
    startInMonths: -30,
    durationMonths: 12
  },
  {
    title: 'Relais Poste ESS de Sauveterre-de-Béarn',
    need: 3,
    partnerSiret: '64901234100016',
    type: 'economic-cooperation',
    status: 'active',
    startInMonths: -8,
    durationMonths: 36
  },
  {
    title: 'Premier Relais Poste de l’Épicerie du Bourg',
    need: 3,
    partnerSiret: '64901234100016',
    type: 'economic-cooperation',
    status: 'ended',
    startInMonths: -26,
    durationMonths: 12
  },
  {
    title: 'Entretien des espaces verts – ESAT du Médoc',
    need: 4,
    partnerSiret: '33210987500010',
    type: 'responsible-practices',
    status: 'active',
    startInMonths: -5,
    durationMonths: 24
  },
  {
    title: 'Reconditionnement de terminaux – Atlantique Services Adaptés',
    need: 4,
    partnerSiret: '33789012300017',
    type: 'responsible-practices',
    status: 'ready_for_signature',
    startInMonths: 2,
    durationMonths: 24
  },
  {
    title: 'Maraîchage d’insertion pour les restaurants d’entreprise',
    need: 4,
    partnerSiret: '33612345000015',
    type: 'responsible-practices',
    status: 'draft',
    startInMonths: 3,
    durationMonths: 12,
    partial: true
  },
  {
    title: 'Collecte et réemploi du mobilier de bureau',
    need: 5,
    partnerSiret: '64234567200017',
    type: 'economic-cooperation',
    status: 'terminated',
    startInMonths: -6,
    durationMonths: 24
  },
  {
    title: 'Don de mobilier à la Recyclerie du Pays basque',
    need: 5,
    partnerSiret: '64234567200017',
    type: 'patronage',
    status: 'signed',
    startInMonths: 1,
    durationMonths: 6
  }
]

/** Transitions leading from a draft to each status. */
export const PATH_TO_STATUS: Record<AgreementStatus, readonly AgreementStatus[]> = {
  draft: [],
  ready_for_signature: ['ready_for_signature'],
  signed: ['ready_for_signature', 'signed'],
  active: ['ready_for_signature', 'signed', 'active'],
  ended: ['ready_for_signature', 'signed', 'active', 'ended'],
  terminated: ['ready_for_signature', 'signed', 'terminated']
}

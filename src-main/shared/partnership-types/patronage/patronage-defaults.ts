import type { CommitmentSuggestions } from '../partnership-type-module'
import type { PatronageTerms } from './patronage-terms.schema'

export function emptyPatronageTerms(): PatronageTerms {
  return {
    type: 'patronage',
    nature: null,
    amountCents: null,
    skills: {
      employees: null,
      days: null,
      dailyCostCents: null,
      valuationBasis: '',
      missions: '',
      placeAndHours: ''
    },
    inKind: { goods: '', valuationMethod: null, deliveryDate: null, deliveryPlace: '', itEquipment: false },
    paymentSchedule: [],
    counterparts: [],
    taxReceiptRequested: false
  }
}

const PARTNER_COMMITMENTS = [
  'Affecter le soutien au projet d’intérêt général décrit en préambule.',
  'Rendre compte de l’utilisation du soutien au comité de suivi et au terme de la convention.',
  'Informer La Poste sans délai de toute modification de sa situation au regard du mécénat.'
]

const BENEFICIARIES = { label: 'Bénéficiaires du projet soutenu', target: null, unit: 'personnes' }

/** Suggestions follow the nature of the gift: no skills commitment or indicator unless it is skills patronage. */
export function patronageSuggestions(terms: PatronageTerms): CommitmentSuggestions {
  switch (terms.nature) {
    case 'skills':
      return {
        laPoste: [
          'Mettre à disposition les salariés volontaires prévus, sur leur temps de travail.',
          'Recueillir l’accord de chaque salarié et conclure l’avenant à son contrat de travail.',
          'Ne demander aucune contrepartie au-delà de celles listées.'
        ],
        partner: [
          ...PARTNER_COMMITMENTS,
          'Accueillir les salariés mis à disposition et attester des jours réalisés.'
        ],
        indicators: [
          BENEFICIARIES,
          { label: 'Jours de mécénat de compétences réalisés', target: null, unit: 'jours' }
        ]
      }
    case 'in-kind':
      return {
        laPoste: [
          'Livrer les biens donnés à la date et au lieu convenus.',
          'Effacer les données des matériels informatiques avant leur livraison.',
          'Ne demander aucune contrepartie au-delà de celles listées.'
        ],
        partner: PARTNER_COMMITMENTS,
        indicators: [BENEFICIARIES]
      }
    case 'financial':
    case null:
      return {
        laPoste: [
          'Verser le don selon l’échéancier convenu.',
          'Ne demander aucune contrepartie au-delà de celles listées.'
        ],
        partner: PARTNER_COMMITMENTS,
        indicators: [BENEFICIARIES]
      }
  }
}

import type { CommitmentSuggestions } from '../partnership-type-module'
import type { EconomicCooperationTerms } from './economic-cooperation-terms.schema'

export function emptyEconomicCooperationTerms(): EconomicCooperationTerms {
  return {
    type: 'economic-cooperation',
    jointOffer: '',
    laPosteContribution: '',
    partnerContribution: '',
    remunerationModel: null,
    remunerationAmountCents: null,
    billingFrequency: null,
    territory: '',
    exclusivity: false,
    openingHours: '',
    vatRegime: 'standard',
    cashLimitCents: null,
    bankingMandate: false
  }
}

export function economicCooperationSuggestions(): CommitmentSuggestions {
  return {
    laPoste: [
      'Former le personnel du Partenaire aux opérations postales.',
      'Fournir le matériel, les fournitures et la signalétique du point de service.',
      'Verser la rémunération prévue selon la périodicité convenue.'
    ],
    partner: [
      'Assurer les services postaux aux horaires d’ouverture convenus.',
      'Respecter le secret des correspondances et les procédures de sécurité de La Poste.',
      'Transmettre chaque mois le relevé des opérations réalisées.'
    ],
    indicators: [
      { label: 'Opérations postales réalisées', target: null, unit: 'opérations/mois' },
      { label: 'Emplois pérennisés', target: null, unit: 'ETP' }
    ]
  }
}

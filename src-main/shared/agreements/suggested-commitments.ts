import type { PartnershipTypeCode } from '../reference/reference-data'
import type { Indicator } from '../schemas/agreement.schema'

export interface CommitmentSuggestions {
  laPoste: readonly string[]
  partner: readonly string[]
  indicators: readonly Indicator[]
}

/** Starting points for wizard step 5, per type; the coordinator keeps, edits or removes each line. */
export const SUGGESTED_COMMITMENTS: Record<PartnershipTypeCode, CommitmentSuggestions> = {
  'economic-cooperation': {
    laPoste: [
      'Former le personnel du partenaire aux opérations postales et bancaires de base.',
      'Fournir le matériel, les fournitures et la signalétique du point de service.',
      'Verser la rémunération prévue selon la périodicité convenue.'
    ],
    partner: [
      'Assurer les services postaux aux horaires d’ouverture convenus.',
      'Respecter les procédures de sécurité et de confidentialité de La Poste.',
      'Transmettre chaque mois le relevé des opérations réalisées.'
    ],
    indicators: [
      { label: 'Opérations postales réalisées', target: null, unit: 'opérations/mois' },
      { label: 'Emplois pérennisés', target: null, unit: 'ETP' }
    ]
  },
  'social-innovation': {
    laPoste: [
      'Mettre à disposition un espace et du matériel pour l’expérimentation.',
      'Mobiliser ses équipes pour orienter les publics concernés.',
      'Participer au comité de suivi et à l’évaluation.'
    ],
    partner: [
      'Concevoir et animer la prestation auprès du public cible.',
      'Collecter les données nécessaires à l’évaluation.',
      'Présenter un bilan à la fin de l’expérimentation.'
    ],
    indicators: [
      { label: 'Personnes accompagnées', target: null, unit: 'personnes' },
      { label: 'Taux de satisfaction des bénéficiaires', target: null, unit: '%' }
    ]
  },
  'responsible-practices': {
    laPoste: [
      'Confier au partenaire les prestations définies au marché.',
      'Régler les factures dans les délais légaux.',
      'Faire connaître la démarche d’achats inclusifs en interne.'
    ],
    partner: [
      'Réaliser les prestations selon le cahier des charges.',
      'Déclarer les heures d’insertion ou de travail protégé réalisées.',
      'Signaler sans délai toute difficulté d’exécution.'
    ],
    indicators: [
      { label: 'Montant d’achats réalisés', target: null, unit: '€' },
      { label: 'Heures de travail protégé ou d’insertion', target: null, unit: 'heures' }
    ]
  },
  patronage: {
    laPoste: [
      'Verser le don ou mettre à disposition les moyens prévus selon l’échéancier.',
      'Organiser la participation des salariés volontaires (mécénat de compétences).',
      'Ne demander aucune contrepartie au-delà de celles listées.'
    ],
    partner: [
      'Affecter le soutien au projet d’intérêt général décrit.',
      'Rendre compte de l’utilisation du soutien chaque année.',
      'Mentionner le soutien de La Poste selon les modalités convenues.'
    ],
    indicators: [
      { label: 'Bénéficiaires du projet soutenu', target: null, unit: 'personnes' },
      { label: 'Jours de mécénat de compétences réalisés', target: null, unit: 'jours' }
    ]
  }
}

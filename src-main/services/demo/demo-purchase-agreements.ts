import { emptyTerms } from '../../shared/partnership-types/registry'
import { LA_POSTE_SIDE, type DemoAgreementSpec } from './demo-agreement-spec'

const PURCHASE_COMMITMENTS = {
  laPosteCommitments: [
    'Confier au Partenaire les commandes prévues, par bon de commande.',
    'Payer les factures dans le délai convenu.',
    'Faire connaître la démarche d’achats inclusifs aux sites de la région.'
  ],
  partnerCommitments: [
    'Exécuter les commandes selon le cahier des charges.',
    'Justifier de son statut et des heures de travail réalisées.',
    'Signaler sans délai toute difficulté d’exécution.'
  ],
  renewalRule: 'express' as const,
  noticeMonths: 3,
  ...LA_POSTE_SIDE
}

/** One purchase per supplier status: ESAT, entreprise adaptée, SIAE (reserved markets), and an ESUS cooperative. */
export const DEMO_PURCHASES: readonly DemoAgreementSpec[] = [
  {
    title: 'Entretien des espaces verts – ESAT du Médoc',
    need: 4,
    partnerSiret: '33210987500010',
    type: 'responsible-practices',
    status: 'active',
    startInMonths: -5,
    durationMonths: 24,
    content: () => ({
      route: 'direct',
      benefitCodes: ['reserved-markets', 'economic-model'],
      terms: {
        ...emptyTerms('responsible-practices'),
        purchaseCategory: 'Entretien des espaces verts des sites du Médoc',
        supplierStatus: 'esat',
        supplierStatusProof: 'autorisation de l’agence régionale de santé Nouvelle-Aquitaine du 12 mars 2009',
        reservedMarket: true,
        yearlyAmountCents: 1_800_000,
        lots: [
          { label: 'Tonte et débroussaillage', amountCents: 1_200_000 },
          { label: 'Taille des haies', amountCents: 600_000 }
        ],
        socialClauseHours: 1_200
      },
      ...PURCHASE_COMMITMENTS,
      indicators: [
        { label: 'Montant d’achats réalisés par an', target: 18_000, unit: '€ HT/an' },
        { label: 'Heures de travail protégé réalisées', target: 1_200, unit: 'heures' }
      ]
    })
  },
  {
    title: 'Reconditionnement de terminaux – Atlantique Services Adaptés',
    need: 4,
    partnerSiret: '33789012300017',
    type: 'responsible-practices',
    status: 'ready_for_signature',
    startInMonths: 2,
    durationMonths: 24,
    content: () => ({
      route: 'national-framework',
      benefitCodes: ['reserved-markets'],
      terms: {
        ...emptyTerms('responsible-practices'),
        purchaseCategory: 'Reconditionnement des terminaux des facteurs',
        supplierStatus: 'ea',
        supplierStatusProof:
          'contrat pluriannuel d’objectifs et de moyens conclu avec l’État (DREETS Nouvelle-Aquitaine) le 4 janvier 2024',
        reservedMarket: true,
        yearlyAmountCents: 2_400_000,
        paymentTermDays: 45
      },
      ...PURCHASE_COMMITMENTS,
      indicators: [
        { label: 'Terminaux reconditionnés', target: 1_500, unit: 'terminaux/an' },
        { label: 'Montant d’achats réalisés par an', target: 24_000, unit: '€ HT/an' }
      ]
    })
  },
  {
    title: 'Maraîchage d’insertion pour les restaurants d’entreprise',
    need: 4,
    partnerSiret: '33612345000015',
    type: 'responsible-practices',
    status: 'signed',
    startInMonths: 3,
    durationMonths: 12,
    content: () => ({
      route: 'national-framework',
      benefitCodes: ['reserved-markets', 'new-audiences'],
      terms: {
        ...emptyTerms('responsible-practices'),
        purchaseCategory: 'Légumes biologiques de saison pour les restaurants d’entreprise de Bordeaux',
        supplierStatus: 'siae',
        supplierStatusProof:
          'conventionnement en atelier et chantier d’insertion par la DDETS de la Gironde du 15 janvier 2025',
        reservedMarket: true,
        yearlyAmountCents: 960_000,
        lots: [
          { label: 'Légumes de saison', amountCents: 720_000 },
          { label: 'Paniers solidaires des salariés', amountCents: 240_000 }
        ],
        vatRegime: 'standard',
        socialClauseHours: 2_000
      },
      ...PURCHASE_COMMITMENTS,
      indicators: [
        { label: 'Heures de travail en insertion réalisées', target: 2_000, unit: 'heures' },
        { label: 'Personnes en parcours d’insertion', target: 12, unit: 'personnes' }
      ]
    })
  },
  {
    title: 'Collecte et réemploi du mobilier de bureau',
    need: 5,
    partnerSiret: '64234567200017',
    type: 'responsible-practices',
    status: 'terminated',
    startInMonths: -6,
    durationMonths: 24,
    content: () => ({
      route: 'direct',
      benefitCodes: ['economic-model'],
      terms: {
        ...emptyTerms('responsible-practices'),
        purchaseCategory: 'Collecte, tri et réemploi du mobilier de bureau réformé',
        supplierStatus: 'other',
        reservedMarket: false,
        yearlyAmountCents: 800_000
      },
      ...PURCHASE_COMMITMENTS,
      indicators: [{ label: 'Mobilier collecté puis réemployé', target: 40, unit: 'tonnes/an' }]
    })
  }
]

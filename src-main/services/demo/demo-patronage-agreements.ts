import { addMonths } from '../../shared/agreements/agreement-dates'
import { emptyTerms } from '../../shared/partnership-types/registry'
import { LA_POSTE_SIDE, type DemoAgreementSpec } from './demo-agreement-spec'

const BANK = '33456789800013'
const CONNECT = '40567812900017'
const EMMAUS = '64378125600018'

const GIFT_COMMITMENTS = {
  partnerCommitments: [
    'Affecter le soutien au projet d’intérêt général décrit en préambule.',
    'Rendre compte de l’utilisation du soutien au comité de suivi et au terme de la convention.',
    'Informer La Poste sans délai de toute modification de sa situation au regard du mécénat.'
  ],
  renewalRule: 'none' as const,
  noticeMonths: 1,
  ...LA_POSTE_SIDE
}

/** One of each nature: skills, money, IT equipment (with data wiping), furniture; all to eligible associations. */
export const DEMO_PATRONAGE: readonly DemoAgreementSpec[] = [
  {
    title: 'Mécénat de compétences – collecte nationale',
    need: 1,
    partnerSiret: BANK,
    type: 'patronage',
    status: 'active',
    startInMonths: -3,
    durationMonths: 12,
    content: () => ({
      route: 'national-framework',
      benefitCodes: ['human-resources'],
      terms: {
        ...emptyTerms('patronage'),
        nature: 'skills',
        skills: {
          employees: 8,
          days: 3,
          dailyCostCents: 32_000,
          valuationBasis:
            'Salaire brut moyen des postiers de la plateforme de Bruges, charges patronales comprises',
          missions:
            'Organisation logistique des deux collectes nationales : plan de tournées, conduite des véhicules, tri et mise en palettes des dons.',
          placeAndHours:
            'Entrepôt de la Banque alimentaire à Bruges et magasins collecteurs de la métropole bordelaise, de 8 h à 17 h, les vendredis et samedis de collecte.'
        },
        counterparts: [
          { description: 'Mention du soutien de La Poste dans le rapport annuel', valueCents: 0 }
        ],
        taxReceiptRequested: true
      },
      laPosteCommitments: [
        'Mettre à disposition les salariés volontaires prévus, sur leur temps de travail.',
        'Recueillir l’accord de chaque salarié et conclure l’avenant à son contrat de travail.'
      ],
      ...GIFT_COMMITMENTS,
      partnerCommitments: [
        ...GIFT_COMMITMENTS.partnerCommitments,
        'Accueillir les salariés mis à disposition et attester des jours réalisés.'
      ],
      indicators: [
        { label: 'Jours de mécénat de compétences réalisés', target: 24, unit: 'jours' },
        { label: 'Tonnes de denrées collectées', target: 180, unit: 'tonnes' }
      ]
    })
  },
  {
    title: 'Don à la Banque alimentaire de la Gironde',
    need: 1,
    partnerSiret: BANK,
    type: 'patronage',
    status: 'signed',
    startInMonths: 1,
    durationMonths: 12,
    content: (start) => ({
      route: 'national-framework',
      benefitCodes: ['economic-model'],
      terms: {
        ...emptyTerms('patronage'),
        nature: 'financial',
        amountCents: 1_500_000,
        paymentSchedule: [
          { date: addMonths(start, 1), amountCents: 750_000 },
          { date: addMonths(start, 7), amountCents: 750_000 }
        ],
        counterparts: [
          { description: 'Logo de La Poste sur les affiches de la collecte', valueCents: 30_000 }
        ],
        taxReceiptRequested: true
      },
      laPosteCommitments: ['Verser le don selon l’échéancier convenu.'],
      ...GIFT_COMMITMENTS,
      indicators: [
        { label: 'Camion frigorifique acquis', target: 1, unit: 'véhicule' },
        { label: 'Familles bénéficiaires de l’aide alimentaire', target: 12_000, unit: 'familles' }
      ]
    })
  },
  {
    title: 'Don de matériel informatique reconditionné',
    need: 2,
    partnerSiret: CONNECT,
    type: 'patronage',
    status: 'ready_for_signature',
    startInMonths: 3,
    durationMonths: 12,
    content: (start) => ({
      route: 'direct',
      benefitCodes: ['new-audiences'],
      terms: {
        ...emptyTerms('patronage'),
        nature: 'in-kind',
        amountCents: 420_000,
        inKind: {
          goods:
            'Trente ordinateurs portables et dix imprimantes retirés du parc de la direction régionale, en état de fonctionnement.',
          valuationMethod: 'net-book-value',
          deliveryDate: addMonths(start, 1),
          deliveryPlace: 'Locaux de Connect’Solidaire, 8 place Saint-Roch, 40000 Mont-de-Marsan',
          itEquipment: true
        },
        taxReceiptRequested: true
      },
      laPosteCommitments: [
        'Livrer les biens donnés à la date et au lieu convenus.',
        'Effacer les données des matériels informatiques avant leur livraison.'
      ],
      ...GIFT_COMMITMENTS,
      indicators: [
        { label: 'Ordinateurs prêtés ou remis aux habitants', target: 30, unit: 'ordinateurs' },
        { label: 'Personnes accompagnées dans leurs démarches', target: 600, unit: 'personnes' }
      ]
    })
  },
  {
    title: 'Don de mobilier de bureau à la communauté Emmaüs de Bayonne',
    need: 5,
    partnerSiret: EMMAUS,
    type: 'patronage',
    status: 'signed',
    startInMonths: 1,
    durationMonths: 6,
    content: (start) => ({
      route: 'direct',
      benefitCodes: ['economic-model'],
      terms: {
        ...emptyTerms('patronage'),
        nature: 'in-kind',
        amountCents: 650_000,
        inKind: {
          goods:
            'Cent vingt bureaux, deux cents sièges et soixante armoires issus de la rénovation du centre financier de Bayonne.',
          valuationMethod: 'net-book-value',
          deliveryDate: addMonths(start, 1),
          deliveryPlace: 'Entrepôt de la communauté, 22 chemin de Laborde, 64100 Bayonne',
          itEquipment: false
        },
        taxReceiptRequested: true
      },
      laPosteCommitments: ['Livrer les biens donnés à la date et au lieu convenus.'],
      ...GIFT_COMMITMENTS,
      indicators: [{ label: 'Ménages équipés grâce au mobilier', target: 150, unit: 'ménages' }]
    })
  }
]

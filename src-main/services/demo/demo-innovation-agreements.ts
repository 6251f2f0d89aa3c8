import { emptyTerms } from '../../shared/partnership-types/registry'
import { LA_POSTE_SIDE, type DemoAgreementSpec } from './demo-agreement-spec'

const INNOVATION_COMMITMENTS = {
  laPosteCommitments: [
    'Orienter vers le service les publics que ses facteurs et ses guichetiers rencontrent.',
    'Participer au comité de suivi et à l’évaluation.'
  ],
  partnerCommitments: [
    'Concevoir et animer le service auprès du public visé.',
    'Collecter les données de l’évaluation dans le respect du plan convenu.',
    'Présenter un bilan à la fin de l’expérimentation.'
  ],
  renewalRule: 'express' as const,
  noticeMonths: 2,
  ...LA_POSTE_SIDE
}

/** A missing service, experimented on named sites and evaluated, with the data roles and the money stated. */
export const DEMO_INNOVATIONS: readonly DemoAgreementSpec[] = [
  {
    title: 'Ateliers repas et lien social – ADMR Vallée du Lot',
    need: 0,
    partnerSiret: '44012345300019',
    type: 'social-innovation',
    status: 'active',
    startInMonths: -11,
    durationMonths: 12,
    content: () => ({
      route: 'national-framework',
      benefitCodes: ['new-audiences'],
      terms: {
        ...emptyTerms('social-innovation'),
        missingService:
          'Des ateliers de cuisine et des repas partagés pour les personnes âgées isolées que les facteurs signalent.',
        targetPublic: 'Personnes âgées isolées de la vallée du Lot',
        experimentationMonths: 12,
        experimentationSites: [
          'Salle de l’ADMR à Villeneuve-sur-Lot',
          'Foyer rural de Sainte-Livrade-sur-Lot'
        ],
        evaluationPlan:
          'Questionnaire de lien social avant et après six mois, nombre de participants par atelier, bilan en comité à douze mois.',
        ownership: 'partner',
        scaleUpConditions:
          'Au moins soixante participants réguliers et un financement du conseil départemental.',
        dataCollector: 'partner',
        dataRole: 'separate-controllers',
        coFinancing: [{ funder: 'Conseil départemental de Lot-et-Garonne', amountCents: 800_000 }]
      },
      ...INNOVATION_COMMITMENTS,
      indicators: [
        { label: 'Personnes accompagnées', target: 60, unit: 'personnes' },
        { label: 'Ateliers organisés', target: 40, unit: 'ateliers' }
      ]
    })
  },
  {
    title: 'Étape numérique de Mont-de-Marsan',
    need: 2,
    partnerSiret: '40567812900017',
    type: 'social-innovation',
    status: 'ready_for_signature',
    startInMonths: 1,
    durationMonths: 12,
    content: () => ({
      route: 'direct',
      benefitCodes: ['new-audiences'],
      terms: {
        ...emptyTerms('social-innovation'),
        missingService:
          'Un accompagnement individuel aux démarches administratives en ligne et à la banque à distance, dans l’étape numérique du bureau de poste.',
        targetPublic: 'Personnes éloignées du numérique',
        experimentationMonths: 6,
        experimentationSites: ['Étape numérique du bureau de poste de Mont-de-Marsan'],
        evaluationPlan:
          'Questionnaire avant et après l’accompagnement, démarches abouties, bilan partagé en comité de suivi à six mois.',
        ownership: 'shared',
        licence: 'CC BY-SA 4.0',
        scaleUpConditions: 'Un taux de satisfaction supérieur à 80 % et le financement d’une seconde année.',
        premises:
          'L’étape numérique du bureau de poste de Mont-de-Marsan (salle de 12 m² équipée de quatre ordinateurs et d’une imprimante), les mardis et jeudis de 14 h à 17 h.',
        dataCollector: 'partner',
        dataRole: 'processor',
        laPosteFunding: 'subsidy',
        laPosteFundingCents: 500_000
      },
      ...INNOVATION_COMMITMENTS,
      laPosteCommitments: [
        'Mettre à disposition l’étape numérique aux horaires convenus.',
        ...INNOVATION_COMMITMENTS.laPosteCommitments
      ],
      laPosteSite: { kind: 'digital-step', name: 'Mont-de-Marsan' },
      indicators: [
        { label: 'Personnes accompagnées', target: 300, unit: 'personnes' },
        { label: 'Taux de satisfaction des bénéficiaires', target: 80, unit: '%' }
      ]
    })
  }
]

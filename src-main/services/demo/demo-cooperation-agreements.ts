import { emptyTerms } from '../../shared/partnership-types/registry'
import type { EconomicCooperationTerms } from '../../shared/schemas/agreement-terms.schema'
import type { AgreementContent } from '../../shared/schemas/agreement.schema'
import { LA_POSTE_SIDE, type DemoAgreementSpec } from './demo-agreement-spec'

const EPICERIE = '64901234100016'

function relaisPoste(terms: Partial<EconomicCooperationTerms>): Partial<AgreementContent> {
  return {
    route: 'direct',
    benefitCodes: ['economic-model', 'new-audiences'],
    terms: {
      ...emptyTerms('economic-cooperation'),
      jointOffer:
        'Un Relais Poste dans le commerce associatif : affranchissement, vente de timbres et d’emballages, dépôt et retrait des lettres recommandées et des colis.',
      laPosteContribution:
        'La formation du personnel, le matériel d’affranchissement, la signalétique et la rémunération du service.',
      partnerContribution: 'L’accueil du public dans son commerce, par deux salariés formés.',
      remunerationModel: 'flat-monthly',
      remunerationAmountCents: 35_000,
      billingFrequency: 'monthly',
      openingHours: 'Du mardi au samedi, de 9 h à 12 h 30 et de 15 h à 19 h.',
      ...terms
    },
    laPosteCommitments: [
      'Former le personnel du Partenaire aux opérations postales.',
      'Fournir le matériel, les fournitures et la signalétique du point de service.',
      'Verser la rémunération prévue chaque mois.'
    ],
    partnerCommitments: [
      'Assurer les services postaux aux horaires d’ouverture convenus.',
      'Respecter le secret des correspondances et les procédures de sécurité de La Poste.',
      'Transmettre chaque mois le relevé des opérations réalisées.'
    ],
    indicators: [
      { label: 'Opérations postales réalisées', target: 900, unit: 'opérations/mois' },
      { label: 'Emplois pérennisés', target: 1, unit: 'ETP' }
    ],
    renewalRule: 'tacit',
    noticeMonths: 3,
    laPosteSite: { kind: 'relais-poste', name: '' },
    ...LA_POSTE_SIDE
  }
}

/** Relais Poste run by associations; the one in Sauveterre also offers cash withdrawals under La Banque Postale’s mandate. */
export const DEMO_COOPERATIONS: readonly DemoAgreementSpec[] = [
  {
    title: 'Relais Poste ESS de l’ADMR',
    need: 0,
    partnerSiret: '44012345300019',
    type: 'economic-cooperation',
    status: 'draft',
    startInMonths: 2,
    durationMonths: 24,
    partial: true,
    content: () => ({ route: 'national-framework' })
  },
  {
    title: 'Premier point de service postal – Connect’Solidaire',
    need: 2,
    partnerSiret: '40567812900017',
    type: 'economic-cooperation',
    status: 'ended',
    startInMonths: -30,
    durationMonths: 12,
    content: () => ({
      ...relaisPoste({
        jointOffer:
          'Un point de service postal dans le tiers-lieu numérique de l’association : affranchissement, vente de timbres, dépôt et retrait des colis.',
        partnerContribution: 'L’accueil du public dans ses locaux, par un salarié formé.',
        territory: 'Quartier Saint-Roch de Mont-de-Marsan',
        remunerationAmountCents: 30_000
      }),
      renewalRule: 'none'
    })
  },
  {
    title: 'Relais Poste ESS de Sauveterre-de-Béarn',
    need: 3,
    partnerSiret: EPICERIE,
    type: 'economic-cooperation',
    status: 'active',
    startInMonths: -8,
    durationMonths: 36,
    content: () =>
      relaisPoste({
        jointOffer:
          'Un Relais Poste dans l’épicerie associative du bourg : affranchissement, vente de timbres et d’emballages, dépôt et retrait des lettres recommandées et des colis, et retraits d’espèces pour les clients de La Banque Postale.',
        territory: 'Sauveterre-de-Béarn et les hameaux voisins',
        remunerationAmountCents: 42_500,
        cashLimitCents: 150_000,
        bankingMandate: true
      })
  },
  {
    title: 'Premier Relais Poste de l’Épicerie du Bourg',
    need: 3,
    partnerSiret: EPICERIE,
    type: 'economic-cooperation',
    status: 'ended',
    startInMonths: -26,
    durationMonths: 12,
    content: () => ({
      ...relaisPoste({ territory: 'Sauveterre-de-Béarn', remunerationAmountCents: 30_000 }),
      renewalRule: 'none'
    })
  }
]

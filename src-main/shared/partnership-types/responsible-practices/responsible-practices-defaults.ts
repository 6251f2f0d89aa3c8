import type { TermsCheckPartner } from '../../agreements/check-context'
import type { CommitmentSuggestions } from '../partnership-type-module'
import type { ResponsiblePracticesTerms } from './responsible-practices-terms.schema'
import { supplierStatusesOf } from './supplier-status'

/** Blank purchase terms; the supplier status is the partner's when its record names exactly one. */
export function emptyResponsiblePracticesTerms(
  partner?: TermsCheckPartner | null
): ResponsiblePracticesTerms {
  const statuses = partner ? supplierStatusesOf(partner.statuses) : []
  return {
    type: 'responsible-practices',
    purchaseCategory: '',
    supplierStatus: statuses.length === 1 ? (statuses[0] ?? null) : null,
    supplierStatusProof: '',
    reservedMarket: false,
    yearlyAmountCents: null,
    quantities: 'indicative',
    vatRegime: 'standard',
    paymentTermDays: 30,
    lots: [],
    socialClauseHours: null
  }
}

export function responsiblePracticesSuggestions(terms: ResponsiblePracticesTerms): CommitmentSuggestions {
  const hours =
    terms.socialClauseHours === null
      ? []
      : [
          {
            label: 'Heures de travail protégé ou d’insertion réalisées',
            target: terms.socialClauseHours,
            unit: 'heures'
          }
        ]
  return {
    laPoste: [
      'Confier au Partenaire les commandes prévues, par bon de commande.',
      'Payer les factures dans le délai convenu.',
      'Faire connaître la démarche d’achats inclusifs en interne.'
    ],
    partner: [
      'Exécuter les commandes selon le cahier des charges.',
      'Justifier de son statut et de ses heures de travail protégé ou d’insertion.',
      'Signaler sans délai toute difficulté d’exécution.'
    ],
    indicators: [
      {
        label: 'Montant d’achats réalisés par an',
        target: terms.yearlyAmountCents === null ? null : terms.yearlyAmountCents / 100,
        unit: '€ HT/an'
      },
      ...hours
    ]
  }
}

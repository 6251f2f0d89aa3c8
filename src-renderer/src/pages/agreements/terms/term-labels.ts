import type { SelectOption } from '../../../components/form/SelectField'

/** French labels of the type-specific choices. */

export const REMUNERATION_MODEL_LABELS = {
  'flat-monthly': 'Forfait mensuel',
  'per-operation': 'À l’opération',
  commission: 'Commission',
  'lump-sum': 'Somme forfaitaire unique'
} as const

export const BILLING_FREQUENCY_LABELS = {
  monthly: 'Mensuelle',
  quarterly: 'Trimestrielle',
  'half-yearly': 'Semestrielle',
  yearly: 'Annuelle'
} as const

export const OWNERSHIP_LABELS = {
  'la-poste': 'La Poste',
  partner: 'Le partenaire',
  shared: 'Copropriété'
} as const

export const SUPPLIER_STATUS_LABELS = {
  esat: 'ESAT',
  ea: 'Entreprise adaptée (EA)',
  siae: 'SIAE',
  other: 'Autre fournisseur'
} as const

export const PATRONAGE_NATURE_LABELS = {
  financial: 'Mécénat financier',
  'in-kind': 'Mécénat en nature',
  skills: 'Mécénat de compétences'
} as const

export function toOptions(labels: Record<string, string>): SelectOption[] {
  return Object.entries(labels).map(([value, label]) => ({ value, label }))
}

import type { CodeLabels } from '../common/labels'
import type { InKindValuationMethod, PatronageNature } from './patronage-terms.schema'

export const PATRONAGE_NATURE_LABELS: CodeLabels<PatronageNature> = {
  financial: { label: 'Mécénat financier', wording: 'un don en numéraire' },
  'in-kind': { label: 'Mécénat en nature', wording: 'un don en nature' },
  skills: { label: 'Mécénat de compétences', wording: 'un mécénat de compétences' }
}

export const IN_KIND_VALUATION_LABELS: CodeLabels<InKindValuationMethod> = {
  'stock-cost': {
    label: 'Coût de revient (biens en stock)',
    wording: 'à leur coût de revient, tel qu’il figure dans les comptes de La Poste'
  },
  'net-book-value': {
    label: 'Valeur nette comptable (immobilisations)',
    wording: 'à leur valeur nette comptable à la date du don'
  }
}

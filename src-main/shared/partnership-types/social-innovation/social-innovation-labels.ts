import type { CodeLabels } from '../common/labels'
import type {
  DataCollector,
  DataRole,
  LaPosteFundingNature,
  Ownership
} from './social-innovation-terms.schema'

export const OWNERSHIP_LABELS: CodeLabels<Ownership> = {
  'la-poste': { label: 'La Poste', wording: 'La Poste' },
  partner: { label: 'Le partenaire', wording: 'le Partenaire' },
  shared: { label: 'Copropriété à parts égales', wording: 'les deux parties en copropriété' }
}

export const DATA_COLLECTOR_LABELS: CodeLabels<DataCollector> = {
  'la-poste': { label: 'La Poste', wording: 'La Poste' },
  partner: { label: 'Le partenaire', wording: 'le Partenaire' },
  both: { label: 'Les deux parties', wording: 'chacune des parties, pour ce qui la concerne' }
}

export const DATA_ROLE_LABELS: CodeLabels<DataRole> = {
  'separate-controllers': {
    label: 'Responsables de traitement distincts',
    wording: 'responsables de traitement distincts'
  },
  'joint-controllers': {
    label: 'Responsables conjoints (art. 26 RGPD)',
    wording: 'responsables conjoints du traitement'
  },
  processor: {
    label: 'Sous-traitant pour l’autre partie (art. 28 RGPD)',
    wording: 'sous-traitant'
  }
}

export const LA_POSTE_FUNDING_LABELS: CodeLabels<LaPosteFundingNature> = {
  none: { label: 'Aucun financement de La Poste', wording: 'aucun financement' },
  gift: { label: 'Don (mécénat)', wording: 'un don' },
  subsidy: { label: 'Subvention affectée', wording: 'une subvention' },
  'paid-service': { label: 'Prestation payée au partenaire', wording: 'une rémunération' }
}

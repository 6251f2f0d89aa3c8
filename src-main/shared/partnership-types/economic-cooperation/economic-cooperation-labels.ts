import type { CodeLabels } from '../common/labels'
import type { BillingFrequency, RemunerationModel } from './economic-cooperation-terms.schema'

export const REMUNERATION_MODEL_LABELS: CodeLabels<RemunerationModel> = {
  'flat-monthly': { label: 'Forfait mensuel', wording: 'un forfait mensuel' },
  'per-operation': { label: 'À l’opération', wording: 'une rémunération par opération réalisée' },
  commission: { label: 'Commission', wording: 'une commission' },
  'lump-sum': { label: 'Somme forfaitaire unique', wording: 'une somme forfaitaire unique' }
}

/** What the amount is counted per, after « d’un montant de … hors taxes ». */
export const REMUNERATION_UNIT: Readonly<Record<RemunerationModel, string>> = {
  'flat-monthly': ' par mois',
  'per-operation': ' par opération',
  commission: ' par période de facturation',
  'lump-sum': ''
}

export const BILLING_FREQUENCY_LABELS: CodeLabels<BillingFrequency> = {
  monthly: { label: 'Mensuelle', wording: 'chaque mois' },
  quarterly: { label: 'Trimestrielle', wording: 'chaque trimestre' },
  'half-yearly': { label: 'Semestrielle', wording: 'chaque semestre' },
  yearly: { label: 'Annuelle', wording: 'chaque année' }
}

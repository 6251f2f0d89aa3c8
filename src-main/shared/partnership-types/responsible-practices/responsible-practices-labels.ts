import type { CodeLabels } from '../common/labels'
import type { PartnerStatusCode } from '../../reference/reference-data'
import type { QuantityCommitment, SupplierStatus } from './responsible-practices-terms.schema'

export const SUPPLIER_STATUS_LABELS: CodeLabels<SupplierStatus> = {
  esat: { label: 'ESAT', wording: 'établissement et service d’aide par le travail (ESAT)' },
  ea: { label: 'Entreprise adaptée (EA)', wording: 'entreprise adaptée (EA)' },
  siae: { label: 'SIAE', wording: 'structure d’insertion par l’activité économique (SIAE)' },
  other: { label: 'Autre structure de l’ESS', wording: 'structure de l’économie sociale et solidaire' }
}

/** What proves each status; shown as the hint of the proof field. */
export const SUPPLIER_STATUS_PROOF_HINTS: Readonly<Record<SupplierStatus, string>> = {
  esat: 'Autorisation de l’agence régionale de santé, avec sa date.',
  ea: 'Contrat pluriannuel d’objectifs et de moyens conclu avec l’État, avec sa date.',
  siae: 'Conventionnement par l’État (DDETS), avec sa date.',
  other: ''
}

export const QUANTITY_COMMITMENT_LABELS: CodeLabels<QuantityCommitment> = {
  indicative: { label: 'Montant et quantités indicatifs', wording: 'indicatifs' },
  firm: { label: 'Montant ferme', wording: 'fermes' }
}

/** The partner's status each supplier status stands for; `other` stands for none of them. */
export const PARTNER_STATUS_OF_SUPPLIER: Readonly<
  Record<Exclude<SupplierStatus, 'other'>, PartnerStatusCode>
> = {
  esat: 'esat',
  ea: 'adapted-enterprise',
  siae: 'siae'
}

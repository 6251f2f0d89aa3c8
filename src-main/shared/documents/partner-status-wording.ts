import type { Partner } from '../domain/partner'
import type { PartnerStatusCode } from '../reference/reference-data'

/** Statuses as the parties block states them, apart from the legal form (an ESAT is said through its managing body). */
const STATUS_WORDING: Record<Exclude<PartnerStatusCode, 'esat'>, string> = {
  'adapted-enterprise': 'entreprise adaptée (EA) ayant conclu un contrat d’objectifs avec l’État',
  siae: 'structure d’insertion par l’activité économique (SIAE) conventionnée par l’État',
  esus: 'titulaire de l’agrément « entreprise solidaire d’utilité sociale » (ESUS)',
  'public-utility': 'reconnue d’utilité publique'
}

/** « statut : entreprise adaptée (EA) …, d’intérêt général », or '' when the partner holds no status. */
export function partnerStatusWording(partner: Pick<Partner, 'statuses' | 'generalInterest'>): string {
  const statuses = partner.statuses
    .filter((status): status is Exclude<PartnerStatusCode, 'esat'> => status !== 'esat')
    .map((status) => STATUS_WORDING[status])
  if (partner.generalInterest) statuses.push('organisme d’intérêt général')
  return statuses.length === 0 ? '' : `statut : ${statuses.join(', ')}`
}

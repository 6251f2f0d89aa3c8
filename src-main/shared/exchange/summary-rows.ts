import { agreementEndDate } from '../agreements/agreement-dates'
import { AGREEMENT_STATUS_LABELS } from '../domain/agreement'
import { PARTNERSHIP_TYPES } from '../reference/reference-data'
import type { BundleAgreement, BundlePartner } from './bundle-manifest.schema'
import { agreementAmountCents } from './agreement-amount'

/** One line of the spreadsheet summary (synthese.csv, synthese.xlsx): typed values, formatted by each writer. */
export interface SummaryRow {
  reference: string
  title: string
  partner: string
  siret: string
  type: string
  domains: string
  status: string
  startDate: string | null
  endDate: string | null
  amountCents: number | null
}

/** Column headers, in French, in the order of the columns. */
export const SUMMARY_HEADERS = [
  'Référence',
  'Intitulé',
  'Partenaire',
  'SIRET',
  'Type de partenariat',
  "Domaines d'action",
  'Statut',
  'Date de début',
  'Date de fin',
  'Montant (€)'
] as const

const TYPE_LABELS = new Map<string, string>(PARTNERSHIP_TYPES.map((type) => [type.code, type.label]))

export function toSummaryRows(
  agreements: readonly Omit<BundleAgreement, 'baseHash'>[],
  partners: readonly BundlePartner[],
  domainLabels: ReadonlyMap<string, string>
): SummaryRow[] {
  const partnerByKey = new Map(partners.map((partner) => [partner.key, partner]))
  return agreements.map((agreement) => {
    const partner = agreement.partnerKey === null ? undefined : partnerByKey.get(agreement.partnerKey)
    return {
      reference: agreement.reference,
      title: agreement.content.title,
      partner: partner?.name ?? '',
      siret: partner?.siret ?? '',
      type: agreement.content.type === null ? '' : (TYPE_LABELS.get(agreement.content.type) ?? ''),
      domains: agreement.domainCodes.map((code) => domainLabels.get(code) ?? code).join(', '),
      status: AGREEMENT_STATUS_LABELS[agreement.status],
      startDate: agreement.content.startDate,
      endDate: agreementEndDate(agreement.content.startDate, agreement.content.durationMonths),
      amountCents: agreementAmountCents(agreement.content.terms)
    }
  })
}

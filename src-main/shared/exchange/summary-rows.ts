import { agreementEndDate } from '../agreements/agreement-dates'
import { AGREEMENT_STATUS_LABELS } from '../domain/agreement'
import { PARTNERSHIP_TYPES } from '../reference/reference-data'
import type { BundleAgreement, BundleFollowUp, BundlePartner } from './bundle-manifest.schema'
import { EVALUATION_OUTCOME_LABELS } from '../domain/follow-up'
import { achievementPercent } from '../follow-up/follow-up-schedule'
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
  /** Follow-up: committees held, the last one, mean achievement of the latest results, the final evaluation. */
  committeeCount: number
  lastCommitteeOn: string | null
  achievementPercent: number | null
  evaluation: string
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
  'Montant (€)',
  'Comités de suivi tenus',
  'Dernier comité',
  'Atteinte des indicateurs (%)',
  'Bilan final'
] as const

/** The summary's follow-up columns, from what the manifest carries. */
function followUpColumns(followUp: BundleFollowUp | undefined) {
  const held = (followUp?.meetings ?? []).map((meeting) => meeting.heldOn).sort()
  const latest = new Map<string, { period: number; percent: number | null }>()
  for (const result of followUp?.results ?? []) {
    const previous = latest.get(result.indicatorLabel)
    if (!previous || previous.period < result.periodNumber)
      latest.set(result.indicatorLabel, {
        period: result.periodNumber,
        percent: achievementPercent(result.value, result.target)
      })
  }
  const percents = [...latest.values()].map((entry) => entry.percent).filter((percent) => percent !== null)
  return {
    committeeCount: held.length,
    lastCommitteeOn: held.at(-1) ?? null,
    achievementPercent:
      percents.length === 0
        ? null
        : Math.round(percents.reduce((sum, percent) => sum + percent, 0) / percents.length),
    evaluation: followUp?.evaluation ? EVALUATION_OUTCOME_LABELS[followUp.evaluation.outcome] : ''
  }
}

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
      amountCents: agreementAmountCents(agreement.content.terms),
      ...followUpColumns(agreement.followUp)
    }
  })
}

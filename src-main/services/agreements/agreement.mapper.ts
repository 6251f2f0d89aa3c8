import type { AgreementHistoryRow } from '../../db/tables/agreement.table'
import { agreementEndDate } from '../../shared/agreements/agreement-dates'
import type { Agreement, AgreementHistoryEntry, AgreementStatus } from '../../shared/domain/agreement'
import type {
  AgreementContent,
  AgreementRoute,
  BenefitCode,
  WizardStep
} from '../../shared/schemas/agreement.schema'
import type { PartnershipTypeCode } from '../../shared/reference/reference-data'
import { readStoredContent } from './agreement-content-json'
import type { AgreementRowWithNames } from './agreement.repository'

export function toAgreementContent(
  row: AgreementRowWithNames,
  domainIds: number[],
  benefitCodes: string[]
): AgreementContent {
  return {
    ...readStoredContent(row),
    title: row.title,
    needId: row.need_id,
    partnerId: row.partner_id,
    route: row.route as AgreementRoute | null,
    type: row.type as PartnershipTypeCode | null,
    domainIds,
    benefitCodes: benefitCodes as BenefitCode[],
    startDate: row.start_date,
    durationMonths: row.duration_months
  }
}

export function toAgreement(
  row: AgreementRowWithNames,
  domainIds: number[],
  benefitCodes: string[]
): Agreement {
  return {
    ...toAgreementContent(row, domainIds, benefitCodes),
    id: row.id,
    reference: row.reference,
    status: row.status as AgreementStatus,
    version: row.version,
    wizardStep: row.wizard_step as WizardStep,
    endDate: agreementEndDate(row.start_date, row.duration_months),
    year: row.year,
    department: row.department,
    partnerName: row.partner_name,
    needTitle: row.need_title,
    createdAt: row.created_at,
    updatedAt: row.updated_at
  }
}

export function toHistoryEntry(row: AgreementHistoryRow): AgreementHistoryEntry {
  return {
    id: row.id,
    at: row.at,
    kind: row.kind as AgreementHistoryEntry['kind'],
    fromStatus: row.from_status as AgreementStatus | null,
    toStatus: row.to_status as AgreementStatus | null,
    summary: row.summary
  }
}

import type { AppDatabase } from '../../db/schema'
import { agreementEndDate } from '../../shared/agreements/agreement-dates'
import type { AgreementStatus } from '../../shared/domain/agreement'
import type { AgreementContent, WizardStep } from '../../shared/schemas/agreement.schema'
import { splitContent } from './agreement-content-json'
import {
  addHistory,
  allocateReference,
  insertAgreementRow,
  replaceBenefits,
  replaceDomains,
  updateAgreementRow,
  type HistoryEntryInput
} from './agreement.repository'

export interface NewAgreement {
  content: AgreementContent
  year: number
  department: string
  wizardStep: WizardStep
  status?: AgreementStatus
  history: HistoryEntryInput
}

/**
 * Inserts an agreement with a fresh reference, its domains, benefits and first history line. Call it inside a
 * transaction: the reference sequence and the rows are written together or not at all.
 */
export async function insertAgreement(
  trx: AppDatabase,
  agreement: NewAgreement,
  at: string
): Promise<{ id: number; reference: string }> {
  const reference = await allocateReference(trx, agreement.year, agreement.department)
  const { columns, domainIds, benefitCodes, json } = splitContent(agreement.content)
  const id = await insertAgreementRow(trx, {
    ...columns,
    reference,
    status: agreement.status ?? 'draft',
    end_date: agreementEndDate(columns.start_date, columns.duration_months),
    year: agreement.year,
    department: agreement.department,
    wizard_step: agreement.wizardStep,
    version: 1,
    content: json,
    created_at: at,
    updated_at: at
  })
  if (domainIds.length > 0)
    await trx
      .insertInto('agreement_domains')
      .values([...new Set(domainIds)].map((domain_id) => ({ agreement_id: id, domain_id })))
      .execute()
  if (benefitCodes.length > 0)
    await trx
      .insertInto('agreement_benefits')
      .values([...new Set(benefitCodes)].map((benefit_code) => ({ agreement_id: id, benefit_code })))
      .execute()
  await addHistory(trx, id, at, agreement.history)
  return { id, reference }
}

/** Writes a draft's whole content; domains and benefits are rewritten only when they changed. */
export async function writeContent(
  trx: AppDatabase,
  id: number,
  before: AgreementContent,
  after: AgreementContent,
  extra: { wizardStep?: number; at: string }
): Promise<void> {
  const { columns, domainIds, benefitCodes, json } = splitContent(after)
  await updateAgreementRow(trx, id, {
    ...columns,
    end_date: agreementEndDate(columns.start_date, columns.duration_months),
    content: json,
    ...(extra.wizardStep === undefined ? {} : { wizard_step: extra.wizardStep }),
    updated_at: extra.at
  })
  if (JSON.stringify(before.domainIds) !== JSON.stringify(domainIds)) await replaceDomains(trx, id, domainIds)
  if (JSON.stringify(before.benefitCodes) !== JSON.stringify(benefitCodes))
    await replaceBenefits(trx, id, benefitCodes)
}

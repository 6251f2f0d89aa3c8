import type { AppDatabase } from '../../db/schema'
import type { ClauseWordings } from '../../shared/documents/clause-library/clause-definition'
import type { DocumentSources } from '../../shared/documents/document-sources'
import { NotFoundError } from '../../shared/errors'
import { findAgreementRow, listBenefitCodes, listDomainIds } from '../agreements/agreement.repository'
import { toAgreement } from '../agreements/agreement.mapper'
import { currentWordings, listWordingRows } from '../documents/clauses/clause-wordings.repository'
import { findNeedRow, listCommuneRows } from '../needs/need.repository'
import { toNeed } from '../needs/need.mapper'
import { findPartnerRow, listContactRows } from '../partners/partner.repository'
import { toPartner } from '../partners/partner.mapper'
import { getReferenceData } from '../reference/reference.service'
import { createSettingsService } from '../settings/settings.service'
import { amendmentRecords, type AmendmentRecord } from './amendment-records'

/** What the amendment rules read of an agreement: its sources, the clause wordings in force and its amendments. */
export interface AmendmentContext {
  sources: DocumentSources
  wordings: ClauseWordings
  records: AmendmentRecord[]
}

/**
 * The same sources the document service gathers, read through `db` only — inside an import's transaction, which
 * holds the one connection, nothing may read beside it.
 */
export async function loadAmendmentContext(db: AppDatabase, agreementId: number): Promise<AmendmentContext> {
  const row = await findAgreementRow(db, agreementId)
  if (!row) throw new NotFoundError(`La convention n° ${agreementId} n'existe pas.`)
  const agreement = toAgreement(
    row,
    await listDomainIds(db, agreementId),
    await listBenefitCodes(db, agreementId)
  )
  const partnerRow = agreement.partnerId === null ? undefined : await findPartnerRow(db, agreement.partnerId)
  const partner = partnerRow ? toPartner(partnerRow, await listContactRows(db, partnerRow.id)) : null
  const needRow = agreement.needId === null ? undefined : await findNeedRow(db, agreement.needId)
  const need = needRow ? toNeed(needRow, await listCommuneRows(db, [needRow.id])) : null
  const settings = await createSettingsService({ db }).get()
  const reference = await getReferenceData(db)
  const sources: DocumentSources = {
    agreement,
    partner,
    need,
    settings,
    domainLabels: agreement.domainIds
      .map((id) => reference.actionDomains.find((domain) => domain.id === id)?.label)
      .filter((label): label is string => label !== undefined),
    benefitLabels: reference.benefits
      .filter((benefit) => (agreement.benefitCodes as readonly string[]).includes(benefit.code))
      .map((benefit) => benefit.label),
    partnerSignatory:
      partner?.contacts.find((contact) => contact.id === agreement.partnerSignatoryContactId) ?? null
  }
  return {
    sources,
    wordings: currentWordings(await listWordingRows(db)),
    records: await amendmentRecords(db, agreementId)
  }
}

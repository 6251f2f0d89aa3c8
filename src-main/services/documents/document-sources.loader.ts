import type { AppDatabase } from '../../db/schema'
import type { Agreement } from '../../shared/domain/agreement'
import { NotFoundError } from '../../shared/errors'
import { toAgreement } from '../agreements/agreement.mapper'
import { findAgreementRow, listBenefitCodes, listDomainIds } from '../agreements/agreement.repository'
import type { DocumentSources } from '../../shared/documents/document-sources'
import type { LocalNeed } from '../../shared/domain/need'
import type { Partner } from '../../shared/domain/partner'
import type { ReferenceData } from '../../shared/domain/reference'
import type { Settings } from '../../shared/schemas/settings.schema'

export interface SourceReaders {
  agreement: (id: number) => Promise<Agreement>
  partner: (id: number) => Promise<Partner>
  need: (id: number) => Promise<LocalNeed>
  settings: () => Promise<Settings>
  reference: () => Promise<ReferenceData>
}

/**
 * The stored agreement, without the signing gate's check that the agreement screens show: a document prints what is
 * recorded (the gate runs where the status changes), and the check would build a whole convention model again.
 */
export async function readAgreement(db: AppDatabase, id: number): Promise<Agreement> {
  const row = await findAgreementRow(db, id)
  if (!row) throw new NotFoundError(`La convention n° ${id} n'existe pas.`)
  return toAgreement(row, await listDomainIds(db, id), await listBenefitCodes(db, id))
}

/** Gathers what a document says about an agreement: the agreement, its partner, its need and the La Poste party. */
export async function loadDocumentSources(
  readers: SourceReaders,
  agreementId: number
): Promise<DocumentSources> {
  const agreement = await readers.agreement(agreementId)
  const [partner, need, settings, reference] = await Promise.all([
    agreement.partnerId === null ? null : readers.partner(agreement.partnerId),
    agreement.needId === null ? null : readers.need(agreement.needId),
    readers.settings(),
    readers.reference()
  ])
  const domainLabels = agreement.domainIds
    .map((id) => reference.actionDomains.find((domain) => domain.id === id)?.label)
    .filter((label): label is string => label !== undefined)
  const benefitLabels = reference.benefits
    .filter((benefit) => (agreement.benefitCodes as readonly string[]).includes(benefit.code))
    .map((benefit) => benefit.label)
  const partnerSignatory =
    partner?.contacts.find((contact) => contact.id === agreement.partnerSignatoryContactId) ?? null
  return { agreement, partner, need, settings, domainLabels, benefitLabels, partnerSignatory }
}

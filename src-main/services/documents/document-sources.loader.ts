import type { AgreementService } from '../agreements/agreement.service'
import type { DocumentSources } from '../../shared/documents/document-sources'
import type { LocalNeed } from '../../shared/domain/need'
import type { Partner } from '../../shared/domain/partner'
import type { ReferenceData } from '../../shared/domain/reference'
import type { Settings } from '../../shared/schemas/settings.schema'

export interface SourceReaders {
  agreements: Pick<AgreementService, 'get'>
  partner: (id: number) => Promise<Partner>
  need: (id: number) => Promise<LocalNeed>
  settings: () => Promise<Settings>
  reference: () => Promise<ReferenceData>
}

/** Gathers what a document says about an agreement: the agreement, its partner, its need and the La Poste party. */
export async function loadDocumentSources(
  readers: SourceReaders,
  agreementId: number
): Promise<DocumentSources> {
  const { agreement } = await readers.agreements.get(agreementId)
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

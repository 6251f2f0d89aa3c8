import type { DocumentSources } from '../documents/document-sources'
import type { Agreement } from '../domain/agreement'
import type { AgreementContent } from '../schemas/agreement.schema'
import { agreementEndDate } from './agreement-dates'
import type { CheckContext } from './check-context'

/**
 * The sources of the convention this content would make: the gate builds the very document that would be issued,
 * so that nothing it prints escapes the check. Bookkeeping fields the text never shows are neutral.
 */
export function conventionSources(
  content: AgreementContent,
  { partner, document }: CheckContext
): DocumentSources {
  const agreement: Agreement = {
    ...content,
    id: 0,
    reference: document.reference,
    status: 'draft',
    version: 1,
    wizardStep: 8,
    endDate: agreementEndDate(content.startDate, content.durationMonths),
    year: Number(document.reference.slice(3, 7)) || 0,
    department: '',
    partnerName: partner?.name ?? null,
    needTitle: document.need?.title ?? null,
    createdAt: '',
    updatedAt: ''
  }
  return {
    agreement,
    partner,
    need: document.need,
    settings: document.settings,
    domainLabels: document.domainLabels,
    benefitLabels: document.benefitLabels,
    partnerSignatory:
      partner?.contacts.find((contact) => contact.id === content.partnerSignatoryContactId) ?? null
  }
}

import type { AppDatabase } from '../../db/schema'
import { agreementEndDate, localIsoDate } from '../../shared/agreements/agreement-dates'
import type { DocumentSources } from '../../shared/documents/document-sources'
import type { WizardStep } from '../../shared/schemas/agreement.schema'
import type { BundleAgreement, BundleManifest } from '../../shared/exchange/bundle-manifest.schema'
import { currentWordings, listWordingRows } from '../documents/clauses/clause-wordings.repository'
import { getReferenceData } from '../reference/reference.service'
import { createSettingsService } from '../settings/settings.service'
import type { AmendmentContext } from '../amendments/amendment-context'
import { incomingCheck, type LocalFacts } from './incoming-check-context'

/** What this installation adds to a bundle's agreement to render it and judge its amendments, read through `db`. */
export async function localFacts(
  db: AppDatabase,
  manifest: BundleManifest
): Promise<LocalFacts & Pick<AmendmentContext, 'wordings'>> {
  const reference = await getReferenceData(db)
  return {
    settings: await createSettingsService({ db }).get(),
    today: localIsoDate(new Date()),
    benefitLabels: new Map(reference.benefits.map((benefit) => [benefit.code, benefit.label])),
    domainLabels: new Map([
      ...reference.actionDomains.map((domain): [string, string] => [domain.code, domain.label]),
      ...manifest.domains.map((domain): [string, string] => [domain.code, domain.label])
    ]),
    wordings: currentWordings(await listWordingRows(db))
  }
}

/** The convention as the bundle gives it, with its own partner and need, as this installation would render it. */
export function incomingSources(
  incoming: BundleAgreement,
  manifest: BundleManifest,
  facts: LocalFacts
): DocumentSources {
  const { content, context } = incomingCheck(incoming, manifest, facts)
  const { partner } = context
  const { need } = context.document
  return {
    agreement: {
      ...content,
      id: 0,
      reference: incoming.reference,
      status: incoming.status,
      version: 1,
      wizardStep: incoming.wizardStep as WizardStep,
      endDate: agreementEndDate(content.startDate, content.durationMonths),
      year: incoming.year,
      department: incoming.department,
      partnerName: partner?.name ?? null,
      needTitle: need?.title ?? null,
      createdAt: incoming.createdAt,
      updatedAt: incoming.updatedAt
    },
    partner,
    need,
    settings: facts.settings,
    domainLabels: context.document.domainLabels,
    benefitLabels: context.document.benefitLabels,
    partnerSignatory:
      partner?.contacts.find((contact) => contact.id === content.partnerSignatoryContactId) ?? null
  }
}

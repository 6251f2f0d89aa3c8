import type { CheckContext } from '../../shared/agreements/check-agreement'
import type { LocalNeed } from '../../shared/domain/need'
import type { Partner } from '../../shared/domain/partner'
import type {
  BundleAgreement,
  BundleManifest,
  BundleNeed,
  BundlePartner
} from '../../shared/exchange/bundle-manifest.schema'
import {
  LEGAL_FORM_CODES,
  PARTNER_STATUS_CODES,
  type LegalFormCode,
  type PartnerStatusCode
} from '../../shared/reference/reference-data'
import type { AgreementContent } from '../../shared/schemas/agreement.schema'
import type { Settings } from '../../shared/schemas/settings.schema'

/** What this installation adds to the bundle's data to judge an agreement as its own service would. */
export interface LocalFacts {
  settings: Settings
  today: string
  /** Labels of the benefits by code, and of the action domains by code (the bundle's, else this installation's). */
  benefitLabels: ReadonlyMap<string, string>
  domainLabels: ReadonlyMap<string, string>
}

/** Stand-in ids: the bundle's partner, need and contacts may have no row here yet. */
const PARTNER_ID = 1
const NEED_ID = 1

function incomingPartner(partner: BundlePartner, at: string): Partner {
  return {
    id: PARTNER_ID,
    name: partner.name,
    legalForm: (LEGAL_FORM_CODES as readonly string[]).includes(partner.legalForm)
      ? (partner.legalForm as LegalFormCode)
      : 'other',
    statuses: partner.statuses.filter((status): status is PartnerStatusCode =>
      (PARTNER_STATUS_CODES as readonly string[]).includes(status)
    ),
    managingBodyName: partner.managingBodyName,
    shareCapitalCents: partner.shareCapitalCents,
    rcsCity: partner.rcsCity,
    siret: partner.siret,
    rna: partner.rna,
    addressLine: partner.addressLine,
    postalCode: partner.postalCode,
    commune: partner.commune,
    communeCode: partner.communeCode,
    headNetworkId: partner.headNetwork === null ? null : 1,
    headNetwork: partner.headNetwork,
    labelled: partner.labelled,
    generalInterest: partner.generalInterest,
    archived: false,
    createdAt: at,
    updatedAt: at,
    contacts: partner.contacts.map((contact, index) => ({ id: index + 1, ...contact }))
  }
}

function incomingNeed(need: BundleNeed, domainLabels: ReadonlyMap<string, string>, at: string): LocalNeed {
  return {
    id: NEED_ID,
    title: need.title,
    description: need.description,
    communes: need.communes.map((commune) => ({
      code: commune.communeCode,
      name: commune.communeName,
      postalCode: commune.postalCode,
      department: commune.department
    })),
    targetPublic: need.targetPublic,
    peopleReached: need.peopleReached,
    domainId: need.domainCode === null ? null : 1,
    domainLabel: need.domainCode === null ? null : (domainLabels.get(need.domainCode) ?? null),
    engagement: null,
    identifiedBy: need.identifiedBy,
    agreementCount: 1,
    createdAt: at,
    updatedAt: at
  }
}

/**
 * The content and context the signing gate reads, built from the bundle: the agreement is judged as it would be
 * here, with its own partner, need and signatory, this installation's Settings and labels.
 */
export function incomingCheck(
  agreement: BundleAgreement,
  manifest: BundleManifest,
  facts: LocalFacts
): { content: AgreementContent; context: CheckContext } {
  const partnerData = manifest.partners.find((partner) => partner.key === agreement.partnerKey) ?? null
  const needData = manifest.needs.find((need) => need.key === agreement.needKey) ?? null
  const partner = partnerData && incomingPartner(partnerData, manifest.exportedAt)
  const signatory = partner?.contacts.find((contact) => contact.name === agreement.partnerSignatoryName)
  return {
    content: {
      ...agreement.content,
      needId: needData ? NEED_ID : null,
      partnerId: partner ? PARTNER_ID : null,
      domainIds: agreement.domainCodes.map((_, index) => index + 1),
      partnerSignatoryContactId: signatory?.id ?? null
    },
    context: {
      partner,
      today: facts.today,
      document: {
        reference: agreement.reference,
        need: needData && incomingNeed(needData, facts.domainLabels, manifest.exportedAt),
        settings: facts.settings,
        domainLabels: agreement.domainCodes
          .map((code) => facts.domainLabels.get(code))
          .filter((label): label is string => label !== undefined),
        benefitLabels: agreement.content.benefitCodes
          .map((code) => facts.benefitLabels.get(code))
          .filter((label): label is string => label !== undefined)
      }
    }
  }
}

import type { Agreement } from '../../domain/agreement'
import { PARTNERSHIP_TYPE_CODES } from '../../schemas/agreement.schema'
import { DEFAULT_SETTINGS } from '../../schemas/settings.schema'
import { emptyTerms } from '../../partnership-types/registry'
import type { PartnershipTypeCode } from '../../reference/reference-data'
import type { DocumentSources } from '../document-sources'

/**
 * A blank convention of each partnership type, for the Settings preview of that type's clauses: their slots show
 * « [à compléter] » where a real convention would print its figures, and the list of slots is what matters there.
 */
function sampleAgreement(type: PartnershipTypeCode): Agreement {
  return {
    id: 0,
    reference: 'AD-2027-33-0001',
    status: 'draft',
    version: 1,
    wizardStep: 1,
    endDate: '2027-12-31',
    year: 2027,
    department: '33',
    partnerName: null,
    needTitle: null,
    createdAt: '2027-01-01T00:00:00.000Z',
    updatedAt: '2027-01-01T00:00:00.000Z',
    title: 'Convention d’exemple',
    needId: null,
    partnerId: null,
    route: 'direct',
    type,
    domainIds: [],
    benefitCodes: [],
    startDate: '2027-01-01',
    durationMonths: 12,
    renewalRule: 'none',
    noticeMonths: 3,
    laPosteCommitments: [],
    partnerCommitments: [],
    indicators: [],
    followUpCommittee: { composition: '', meetingsPerYear: 2 },
    communication: { logoUseAllowed: false, clause: '' },
    dataProtection: '',
    confidentiality: '',
    jurisdiction: '',
    laPosteSite: { kind: null, name: '' },
    laPosteSignatory: { name: '', title: '' },
    partnerSignatoryContactId: null,
    place: '',
    terms: emptyTerms(type)
  }
}

export function sampleSources(type: PartnershipTypeCode): DocumentSources {
  return {
    agreement: sampleAgreement(type),
    partner: null,
    need: null,
    settings: DEFAULT_SETTINGS,
    domainLabels: [],
    benefitLabels: [],
    partnerSignatory: null
  }
}

/** The type a clause of a partnership type belongs to, by its key (`patronage.receipt` → patronage). */
export function typeOfClause(key: string): PartnershipTypeCode | undefined {
  return PARTNERSHIP_TYPE_CODES.find((code) => key.startsWith(`${code}.`))
}

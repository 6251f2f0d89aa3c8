import type { CheckContext } from '../../src-main/shared/agreements/check-agreement'
import type { LocalNeed } from '../../src-main/shared/domain/need'
import type { Partner } from '../../src-main/shared/domain/partner'
import type { PartnershipTypeCode } from '../../src-main/shared/reference/reference-data'
import type { AgreementContent } from '../../src-main/shared/schemas/agreement.schema'
import { DEFAULT_SETTINGS } from '../../src-main/shared/schemas/settings.schema'
import { completeTerms } from './agreement-fixtures'

/** The partner's record as the gate reads it: an association of general interest, its president signs. */
export function partnerRecord(overrides: Partial<Partner> = {}): Partner {
  return {
    id: 2,
    name: 'Banque alimentaire de la Gironde',
    legalForm: 'association-1901',
    statuses: [],
    managingBodyName: null,
    shareCapitalCents: null,
    rcsCity: null,
    siret: '33456789800013',
    rna: 'W332004567',
    addressLine: '4 rue Jean Moulin',
    postalCode: '33520',
    commune: 'Bruges',
    communeCode: '33075',
    headNetworkId: null,
    headNetwork: null,
    labelled: false,
    generalInterest: true,
    archived: false,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    contacts: [
      { id: 7, name: 'Bernard Lafitte', role: 'Président', email: null, phone: null, maySign: true },
      {
        id: 8,
        name: 'Sophie Arnaud',
        role: 'Responsable logistique',
        email: null,
        phone: null,
        maySign: true
      }
    ],
    ...overrides
  }
}

export function needRecord(): LocalNeed {
  return {
    id: 1,
    title: 'Aide alimentaire en zone rurale',
    description: 'Des familles isolées sans transport.',
    communes: [{ code: '33063', name: 'Bordeaux', postalCode: '33000', department: '33' }],
    targetPublic: 'Familles isolées',
    peopleReached: 300,
    domainId: 1,
    domainLabel: 'Logistique solidaire',
    engagement: 'territories',
    identifiedBy: 'Bureau de poste de Bordeaux',
    agreementCount: 1,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z'
  }
}

/** What the service gives the gate for a complete agreement of the fixture partner and need. */
export function checkContext(overrides: Partial<CheckContext> = {}): CheckContext {
  return {
    partner: partnerRecord(),
    today: '2026-11-28',
    document: {
      reference: 'AD-2026-33-0001',
      need: needRecord(),
      settings: DEFAULT_SETTINGS,
      domainLabels: ['Logistique solidaire'],
      benefitLabels: ['Nouveaux publics et nouveaux services']
    },
    ...overrides
  }
}

/** A complete agreement of the type, with no problem and no warning: the control each rule is tested against. */
export function completeContent(type: PartnershipTypeCode): AgreementContent {
  return {
    title: 'Partenariat avec la Banque alimentaire',
    needId: 1,
    partnerId: 2,
    route: 'direct',
    type,
    domainIds: [1],
    benefitCodes: ['new-audiences'],
    startDate: '2030-01-01',
    durationMonths: 12,
    renewalRule: 'none',
    noticeMonths: 3,
    laPosteCommitments: ['Former les bénévoles'],
    partnerCommitments: ['Accueillir le public'],
    indicators: [{ label: 'Personnes accompagnées', target: 120, unit: 'personnes' }],
    followUpCommittee: { composition: 'Deux représentants de chaque partie', meetingsPerYear: 2 },
    communication: { logoUseAllowed: false, clause: 'Accord écrit préalable pour tout usage des logos.' },
    dataProtection: 'Chaque partie est responsable des données qu’elle traite.',
    confidentiality: 'Confidentialité pendant deux ans après le terme.',
    jurisdiction: 'Tribunal judiciaire de Bordeaux',
    laPosteSite: { kind: null, name: '' },
    laPosteSignatory: { name: 'Claire Martin', title: 'Directrice régionale' },
    partnerSignatoryContactId: 7,
    place: 'Bordeaux',
    terms: completeTerms(type)
  }
}

import type { AppDatabase } from '../../db/schema'
import type { TermsCheckPartner } from '../../shared/agreements/check-context'
import { emptyTerms } from '../../shared/partnership-types/registry'
import type { AgreementContent } from '../../shared/schemas/agreement.schema'
import type { AgreementTerms } from '../../shared/schemas/agreement-terms.schema'
import type { LegalFormCode, PartnershipTypeCode } from '../../shared/reference/reference-data'
import type { Settings } from '../../shared/schemas/settings.schema'
import { statusesOf } from '../partners/partner.mapper'

/** Standard clauses a new agreement starts from (wizard step 6 "sensible defaults"); all editable. */
export const DEFAULT_CLAUSES = {
  communication:
    'Chaque partie peut faire état du partenariat dans sa communication. Toute utilisation du nom ou du logo de ' +
    'l’autre partie est soumise à son accord écrit préalable.',
  dataProtection:
    'Chaque partie traite les données personnelles nécessaires au partenariat dans le respect du règlement (UE) ' +
    '2016/679 (RGPD) et de la loi Informatique et Libertés ; aucune donnée n’est cédée à des tiers.',
  confidentiality:
    'Les parties s’engagent à garder confidentielles les informations échangées pendant le partenariat, pendant sa ' +
    'durée et deux ans après son terme.',
  jurisdiction:
    'À défaut d’accord amiable, tribunal judiciaire dans le ressort duquel se trouve la direction régionale de La Poste',
  committee: 'Un représentant de La Poste et un représentant du partenaire'
} as const

export interface InitialContentSources {
  need: { id: number; title: string; domainId: number | null }
  partner: TermsCheckPartner & {
    id: number
    name: string
    commune: string | null
    headNetworkId: number | null
    contacts: ReadonlyArray<{ id: number; maySign: boolean }>
  }
  settings: Settings
  type?: PartnershipTypeCode | undefined
  title?: string | undefined
}

/** A new draft, prefilled from the need, the partner and Settings so that the coordinator only adjusts. */
export function initialContent({
  need,
  partner,
  settings,
  type,
  title
}: InitialContentSources): AgreementContent {
  return {
    title: title && title !== '' ? title : `${need.title} – ${partner.name}`,
    needId: need.id,
    partnerId: partner.id,
    // Without a head network, only the direct route is possible; with one, the coordinator chooses.
    route: partner.headNetworkId === null ? 'direct' : null,
    type: type ?? null,
    domainIds: need.domainId === null ? [] : [need.domainId],
    benefitCodes: [],
    startDate: null,
    durationMonths: 12,
    renewalRule: 'none',
    noticeMonths: 3,
    laPosteCommitments: [],
    partnerCommitments: [],
    indicators: [],
    followUpCommittee: { composition: DEFAULT_CLAUSES.committee, meetingsPerYear: 2 },
    communication: { logoUseAllowed: false, clause: DEFAULT_CLAUSES.communication },
    dataProtection: DEFAULT_CLAUSES.dataProtection,
    confidentiality: DEFAULT_CLAUSES.confidentiality,
    jurisdiction: DEFAULT_CLAUSES.jurisdiction,
    laPosteSite: { kind: null, name: '' },
    laPosteSignatory: {
      name: settings.laPosteParty.defaultSignatoryName,
      title: settings.laPosteParty.defaultSignatoryTitle
    },
    partnerSignatoryContactId: partner.contacts.find((contact) => contact.maySign)?.id ?? null,
    place: partner.commune ?? '',
    terms: type ? emptyTerms(type, partner) : null
  }
}

/** The partner's record as the type modules read it, from its row. */
export function termsPartnerOf(row: {
  legal_form: string
  statuses: string
  general_interest: number
  managing_body_name: string | null
}): TermsCheckPartner {
  return {
    legalForm: row.legal_form as LegalFormCode,
    statuses: statusesOf(row.statuses),
    generalInterest: row.general_interest === 1,
    managingBodyName: row.managing_body_name
  }
}

/** Blank terms of a type for a draft, prefilled from what the partner's record says. */
export async function blankTerms(
  db: AppDatabase,
  type: PartnershipTypeCode,
  partnerId: number | null
): Promise<AgreementTerms> {
  const row =
    partnerId === null
      ? undefined
      : await db
          .selectFrom('partners')
          .select(['legal_form', 'statuses', 'general_interest', 'managing_body_name'])
          .where('id', '=', partnerId)
          .executeTakeFirst()
  return emptyTerms(type, row ? termsPartnerOf(row) : null)
}

import type { PartnerContactRow, PartnerRow } from '../../db/tables/partner.table'
import type { Contact, Partner, PartnerSummary } from '../../shared/domain/partner'
import type { LegalFormCode, PartnerStatusCode } from '../../shared/reference/reference-data'
import type { searchPartnerRows } from './partner.repository'

export function toContact(row: PartnerContactRow): Contact {
  return {
    id: row.id,
    name: row.name,
    role: row.role,
    email: row.email,
    phone: row.phone,
    maySign: row.may_sign === 1
  }
}

/** Statuses are stored as a JSON array of codes, checked by the table. */
export function statusesOf(json: string): PartnerStatusCode[] {
  return JSON.parse(json) as PartnerStatusCode[]
}

export function toPartner(
  row: PartnerRow & { head_network_name: string | null },
  contacts: PartnerContactRow[]
): Partner {
  return {
    id: row.id,
    name: row.name,
    legalForm: row.legal_form as LegalFormCode,
    statuses: statusesOf(row.statuses),
    managingBodyName: row.managing_body_name,
    shareCapitalCents: row.share_capital_cents,
    rcsCity: row.rcs_city,
    siret: row.siret,
    rna: row.rna,
    addressLine: row.address_line,
    postalCode: row.postal_code,
    commune: row.commune,
    communeCode: row.commune_code,
    headNetworkId: row.head_network_id,
    headNetwork: row.head_network_name,
    labelled: row.labelled === 1,
    generalInterest: row.general_interest === 1,
    archived: row.archived_at !== null,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    contacts: contacts.map(toContact)
  }
}

export function toPartnerSummary(row: Awaited<ReturnType<typeof searchPartnerRows>>[number]): PartnerSummary {
  return {
    id: row.id,
    name: row.name,
    legalForm: row.legal_form as LegalFormCode,
    statuses: statusesOf(row.statuses),
    siret: row.siret,
    rna: row.rna,
    postalCode: row.postal_code,
    commune: row.commune,
    headNetwork: row.head_network_name,
    archived: row.archived_at !== null,
    contactCount: Number(row.contact_count ?? 0)
  }
}

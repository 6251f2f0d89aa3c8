import type { Generated, Insertable, Selectable, Updateable } from 'kysely'

export interface PartnerTable {
  id: Generated<number>
  name: string
  legal_form: string
  /** JSON array of status codes. */
  statuses: Generated<string>
  managing_body_name: string | null
  share_capital_cents: number | null
  rcs_city: string | null
  siret: string | null
  rna: string | null
  address_line: string | null
  postal_code: string | null
  commune: string | null
  commune_code: string | null
  head_network_id: number | null
  labelled: number
  general_interest: number
  /** Name, commune and identifiers folded for accent-insensitive search. */
  search_text: string
  archived_at: string | null
  created_at: string
  updated_at: string
}

export interface PartnerContactTable {
  id: Generated<number>
  partner_id: number
  name: string
  role: string | null
  email: string | null
  phone: string | null
  may_sign: number
  position: number
}

export type PartnerRow = Selectable<PartnerTable>
export type NewPartnerRow = Insertable<PartnerTable>
export type PartnerRowUpdate = Updateable<PartnerTable>
export type PartnerContactRow = Selectable<PartnerContactTable>
export type NewPartnerContactRow = Insertable<PartnerContactTable>

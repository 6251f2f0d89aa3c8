import type { LegalFormCode, PartnerStatusCode } from '../reference/reference-data'

export interface Contact {
  id: number
  name: string
  role: string | null
  email: string | null
  phone: string | null
  maySign: boolean
}

/** A partner structure with its contacts, as stored. */
export interface Partner {
  id: number
  name: string
  legalForm: LegalFormCode
  statuses: PartnerStatusCode[]
  /** For an ESAT: the legal person that runs it and contracts for it. */
  managingBodyName: string | null
  shareCapitalCents: number | null
  rcsCity: string | null
  siret: string | null
  rna: string | null
  addressLine: string | null
  postalCode: string | null
  commune: string | null
  /** INSEE code of the commune, resolved from the official list. */
  communeCode: string | null
  headNetworkId: number | null
  headNetwork: string | null
  labelled: boolean
  generalInterest: boolean
  archived: boolean
  createdAt: string
  updatedAt: string
  contacts: Contact[]
}

/** One row of the partner register. */
export interface PartnerSummary {
  id: number
  name: string
  legalForm: LegalFormCode
  statuses: PartnerStatusCode[]
  siret: string | null
  rna: string | null
  postalCode: string | null
  commune: string | null
  headNetwork: string | null
  archived: boolean
  contactCount: number
}

export interface PartnerQuery {
  search?: string
  includeArchived?: boolean
  limit?: number
  offset?: number
}

import type { EngagementCode, LegalFormCode, PartnershipTypeCode } from '../reference/reference-data'

export interface Engagement {
  code: EngagementCode
  label: string
}

export interface ActionDomain {
  id: number
  code: string
  label: string
  engagement: EngagementCode
  archived: boolean
}

export interface PartnershipType {
  code: PartnershipTypeCode
  label: string
  description: string
  example: string
}

export interface Benefit {
  code: string
  label: string
}

export interface LegalForm {
  code: LegalFormCode
  label: string
}

export interface HeadNetwork {
  id: number
  name: string
  acronym: string | null
  archived: boolean
}

/** Everything the renderer needs to fill its lists, fetched once. */
export interface ReferenceData {
  engagements: Engagement[]
  actionDomains: ActionDomain[]
  partnershipTypes: PartnershipType[]
  benefits: Benefit[]
  legalForms: LegalForm[]
  headNetworks: HeadNetwork[]
}

export interface CommuneOption {
  code: string
  name: string
  postalCode: string
  department: string
}

import type { Generated, Selectable } from 'kysely'

export interface EngagementTable {
  code: string
  label: string
  position: number
}

export interface ActionDomainTable {
  id: Generated<number>
  code: string
  label: string
  engagement_code: string
  position: number
  archived: Generated<number>
}

export interface PartnershipTypeTable {
  code: string
  label: string
  description: string
  example: string
  position: number
}

export interface BenefitTable {
  code: string
  label: string
  position: number
}

export interface LegalFormTable {
  code: string
  label: string
  position: number
}

export interface HeadNetworkTable {
  id: Generated<number>
  name: string
  acronym: string | null
  archived: Generated<number>
}

export type ActionDomainRow = Selectable<ActionDomainTable>
export type HeadNetworkRow = Selectable<HeadNetworkTable>

import type { EngagementCode } from '../reference/reference-data'

export interface NeedCommune {
  /** INSEE code. */
  code: string
  name: string
  postalCode: string
  department: string
}

/** A local need (besoin local), the starting point of every partnership. */
export interface LocalNeed {
  id: number
  title: string
  description: string
  communes: NeedCommune[]
  targetPublic: string
  peopleReached: number | null
  domainId: number | null
  domainLabel: string | null
  /** Implied by the domain. */
  engagement: EngagementCode | null
  identifiedBy: string
  agreementCount: number
  createdAt: string
  updatedAt: string
}

/** A row of the needs list: the whole need (descriptions are short, and the list shows them). */
export type LocalNeedSummary = LocalNeed

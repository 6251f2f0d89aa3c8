import type { NeedCommuneRow } from '../../db/tables/need.table'
import type { LocalNeed, NeedCommune } from '../../shared/domain/need'
import type { EngagementCode } from '../../shared/reference/reference-data'
import type { NeedRowWithJoins } from './need.repository'

export function toNeedCommune(row: NeedCommuneRow): NeedCommune {
  return {
    code: row.commune_code,
    name: row.commune_name,
    postalCode: row.postal_code,
    department: row.department
  }
}

export function toNeed(row: NeedRowWithJoins, communes: NeedCommuneRow[]): LocalNeed {
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    communes: communes.map(toNeedCommune),
    targetPublic: row.target_public,
    peopleReached: row.people_reached,
    domainId: row.domain_id,
    domainLabel: row.domain_label,
    engagement: row.engagement_code as EngagementCode | null,
    identifiedBy: row.identified_by,
    agreementCount: Number(row.agreement_count ?? 0),
    createdAt: row.created_at,
    updatedAt: row.updated_at
  }
}

import type { AppDatabase } from '../../db/schema'
import type { ReferenceData } from '../../shared/domain/reference'
import type {
  EngagementCode,
  LegalFormCode,
  PartnershipTypeCode
} from '../../shared/reference/reference-data'

export async function getReferenceData(db: AppDatabase): Promise<ReferenceData> {
  const [engagements, actionDomains, partnershipTypes, benefits, legalForms, headNetworks] =
    await Promise.all([
      db.selectFrom('engagements').select(['code', 'label']).orderBy('position').execute(),
      db.selectFrom('action_domains').selectAll().orderBy('position').execute(),
      db
        .selectFrom('partnership_types')
        .select(['code', 'label', 'description', 'example'])
        .orderBy('position')
        .execute(),
      db.selectFrom('benefits').select(['code', 'label']).orderBy('position').execute(),
      db.selectFrom('legal_forms').select(['code', 'label']).orderBy('position').execute(),
      db.selectFrom('head_networks').selectAll().orderBy('name').execute()
    ])
  return {
    engagements: engagements.map((row) => ({ code: row.code as EngagementCode, label: row.label })),
    actionDomains: actionDomains.map((row) => ({
      id: row.id,
      code: row.code,
      label: row.label,
      engagement: row.engagement_code as EngagementCode,
      archived: row.archived === 1
    })),
    partnershipTypes: partnershipTypes.map((row) => ({ ...row, code: row.code as PartnershipTypeCode })),
    benefits,
    legalForms: legalForms.map((row) => ({ code: row.code as LegalFormCode, label: row.label })),
    headNetworks: headNetworks.map((row) => ({
      id: row.id,
      name: row.name,
      acronym: row.acronym,
      archived: row.archived === 1
    }))
  }
}

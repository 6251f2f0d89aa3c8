import type { AppDatabase } from '../../db/schema'
import type { CheckContext } from '../../shared/agreements/check-agreement'
import type { Partner } from '../../shared/domain/partner'
import type { LocalNeed } from '../../shared/domain/need'
import type { AgreementContent } from '../../shared/schemas/agreement.schema'
import type { Settings } from '../../shared/schemas/settings.schema'
import { findNeedRow, listCommuneRows } from '../needs/need.repository'
import { toNeed } from '../needs/need.mapper'
import { findPartnerRow, listContactRows } from '../partners/partner.repository'
import { toPartner } from '../partners/partner.mapper'

async function loadPartner(db: AppDatabase, partnerId: number | null): Promise<Partner | null> {
  if (partnerId === null) return null
  const row = await findPartnerRow(db, partnerId)
  return row ? toPartner(row, await listContactRows(db, partnerId)) : null
}

async function loadNeed(db: AppDatabase, needId: number | null): Promise<LocalNeed | null> {
  if (needId === null) return null
  const row = await findNeedRow(db, needId)
  return row ? toNeed(row, await listCommuneRows(db, [needId])) : null
}

export interface CheckContextInput {
  /** The agreement's reference; a new one gets its reference before it is checked. */
  reference: string
  /** Read before the caller's transaction: Settings are read through the shared connection. */
  settings: Settings
  today: string
}

/**
 * Everything `checkAgreement` reads beyond the content: the partner's record, the need, Settings and the labels the
 * convention prints. Reads only through `db`, so that it runs inside the caller's transaction.
 */
export async function loadCheckContext(
  db: AppDatabase,
  content: AgreementContent,
  { reference, settings, today }: CheckContextInput
): Promise<CheckContext> {
  const [partner, need] = [await loadPartner(db, content.partnerId), await loadNeed(db, content.needId)]
  const domains =
    content.domainIds.length === 0
      ? []
      : await db
          .selectFrom('action_domains')
          .select(['id', 'label'])
          .where('id', 'in', content.domainIds)
          .execute()
  const benefits = await db.selectFrom('benefits').select(['code', 'label']).orderBy('position').execute()
  return {
    partner,
    today,
    document: {
      reference,
      need,
      settings,
      domainLabels: content.domainIds
        .map((id) => domains.find((domain) => domain.id === id)?.label)
        .filter((label): label is string => label !== undefined),
      benefitLabels: benefits
        .filter((benefit) => (content.benefitCodes as readonly string[]).includes(benefit.code))
        .map((benefit) => benefit.label)
    }
  }
}

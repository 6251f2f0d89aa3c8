import type { AppDatabase } from '../../db/schema'
import type { HomeLists, PendingConflict } from '../../shared/domain/home'
import type { PortfolioStats, SearchHit } from '../../shared/domain/portfolio'
import type { AgreementService } from '../agreements/agreement.service'
import type { NeedService } from '../needs/need.service'
import type { PartnerService } from '../partners/partner.service'
import { createGlobalSearch } from './global-search'
import { buildHomeLists } from './home-lists'
import { portfolioStats } from './portfolio-stats'

export interface PortfolioServiceDeps {
  db: AppDatabase
  agreements: AgreementService
  partners: Pick<PartnerService, 'list'>
  needs: Pick<NeedService, 'list'>
  pendingConflicts?: () => Promise<PendingConflict[]>
  now?: () => Date
}

export type PortfolioService = ReturnType<typeof createPortfolioService>

/** The coordinator's portfolio: what to do (home lists), how it looks (figures), and finding anything in it. */
export function createPortfolioService({
  db,
  agreements,
  partners,
  needs,
  pendingConflicts,
  now
}: PortfolioServiceDeps) {
  return {
    home: (): Promise<HomeLists> =>
      buildHomeLists({
        db,
        agreements,
        ...(pendingConflicts ? { pendingConflicts } : {}),
        ...(now ? { now } : {})
      }),
    stats: (): Promise<PortfolioStats> => portfolioStats(db),
    search: (text: string): Promise<SearchHit[]> => createGlobalSearch({ agreements, partners, needs })(text)
  }
}

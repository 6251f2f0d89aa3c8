import { AGREEMENT_STATUS_LABELS } from '../../shared/domain/agreement'
import type { SearchHit } from '../../shared/domain/portfolio'
import type { AgreementService } from '../agreements/agreement.service'
import type { NeedService } from '../needs/need.service'
import type { PartnerService } from '../partners/partner.service'

/** Hits per kind: the dialog shows a short list, the registers do the rest. */
export const HITS_PER_KIND = 6

export interface GlobalSearchDeps {
  agreements: Pick<AgreementService, 'search'>
  partners: Pick<PartnerService, 'list'>
  needs: Pick<NeedService, 'list'>
}

/**
 * One search box for everything (Ctrl+K): conventions by full text (reference, title, partner, need, communes),
 * partners and needs by name, accents and case ignored, as their own registers search.
 */
export function createGlobalSearch({ agreements, partners, needs }: GlobalSearchDeps) {
  return async function search(text: string): Promise<SearchHit[]> {
    if (text.trim() === '') return []
    const [agreementPage, partnerRows, needRows] = await Promise.all([
      agreements.search({ search: text, limit: HITS_PER_KIND }),
      partners.list({ search: text, limit: HITS_PER_KIND }),
      needs.list({ search: text, limit: HITS_PER_KIND })
    ])
    return [
      ...agreementPage.rows.map((row): SearchHit => ({
        kind: 'agreement',
        id: row.id,
        label: `${row.reference} — ${row.title || 'Sans titre'}`,
        detail: [AGREEMENT_STATUS_LABELS[row.status], row.partnerName].filter(Boolean).join(' · '),
        status: row.status,
        wizardStep: row.wizardStep
      })),
      ...partnerRows.map((row): SearchHit => ({
        kind: 'partner',
        id: row.id,
        label: row.name,
        detail: [row.commune, row.headNetwork, row.archived ? 'archivé' : null].filter(Boolean).join(' · ')
      })),
      ...needRows.map((row): SearchHit => ({
        kind: 'need',
        id: row.id,
        label: row.title,
        detail: [row.domainLabel, row.communes.map((commune) => commune.name).join(', ')]
          .filter(Boolean)
          .join(' · ')
      }))
    ]
  }
}

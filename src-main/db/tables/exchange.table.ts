import type { Selectable } from 'kysely'

/** The content hash each agreement had when it was last exported or imported (migration 0020). */
export interface ExchangeSyncTable {
  agreement_id: number
  base_hash: string
  bundle_id: string
  at: string
}

export type ExchangeSyncRow = Selectable<ExchangeSyncTable>

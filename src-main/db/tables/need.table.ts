import type { Generated, Insertable, Selectable } from 'kysely'

export interface LocalNeedTable {
  id: Generated<number>
  title: string
  description: string
  target_public: string
  people_reached: number | null
  domain_id: number | null
  identified_by: string
  /** Title, description and communes folded for accent-insensitive search. */
  search_text: string
  created_at: string
  updated_at: string
}

export interface NeedCommuneTable {
  need_id: number
  position: number
  commune_code: string
  commune_name: string
  postal_code: string
  department: string
}

export type LocalNeedRow = Selectable<LocalNeedTable>
export type NewLocalNeedRow = Insertable<LocalNeedTable>
export type NeedCommuneRow = Selectable<NeedCommuneTable>

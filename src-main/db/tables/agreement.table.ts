import type { Generated, Insertable, Selectable, Updateable } from 'kysely'

export interface AgreementTable {
  id: Generated<number>
  reference: string
  title: string
  status: string
  type: string | null
  route: string | null
  need_id: number | null
  partner_id: number | null
  start_date: string | null
  duration_months: number | null
  /** start_date + duration_months, kept because the register filters and flags on it. */
  end_date: string | null
  year: number
  department: string
  wizard_step: number
  version: number
  /** JSON of the rest of the editable content (see agreement-content-json.ts). */
  content: string
  created_at: string
  updated_at: string
}

export interface AgreementDomainTable {
  agreement_id: number
  domain_id: number
}

export interface AgreementBenefitTable {
  agreement_id: number
  benefit_code: string
}

export interface AgreementHistoryTable {
  id: Generated<number>
  agreement_id: number
  at: string
  kind: string
  from_status: string | null
  to_status: string | null
  summary: string
}

export interface AgreementSequenceTable {
  year: number
  department: string
  last_sequence: number
}

/** FTS5 index of the register, maintained by triggers (migration 0006). */
export interface AgreementFtsTable {
  rowid: number
  reference: string
  title: string
  partner_name: string
  need_title: string
  communes: string
}

export type AgreementRow = Selectable<AgreementTable>
export type NewAgreementRow = Insertable<AgreementTable>
export type AgreementRowUpdate = Updateable<AgreementTable>
export type AgreementHistoryRow = Selectable<AgreementHistoryTable>

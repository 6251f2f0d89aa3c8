import type { AgreementContent, Indicator } from '../schemas/agreement.schema'

export interface DraftingUnit {
  key: string
  number: string
  title: string
  /** Its paragraphs (alinéas) as they read today. */
  paragraphs: string[]
}

/** What the amendment form starts from: the convention as last amended, and the register as it stands. */
export interface AmendmentDraftingView {
  agreementId: number
  reference: string
  startDate: string | null
  endDate: string | null
  terms: AgreementContent['terms']
  indicators: Indicator[]
  signatories: { laPoste: { name: string; title: string }; partner: { name: string; title: string } }
  /** The partner's contacts who may sign. */
  contacts: Array<{ id: number; name: string; role: string }>
  articles: Array<DraftingUnit & { clauses: DraftingUnit[] }>
}

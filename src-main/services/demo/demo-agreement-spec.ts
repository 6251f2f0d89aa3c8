import type { AgreementStatus } from '../../shared/domain/agreement'
import type { PartnershipTypeCode } from '../../shared/reference/reference-data'
import type { AgreementContent } from '../../shared/schemas/agreement.schema'

export interface DemoAgreementSpec {
  title: string
  /** Index in DEMO_NEEDS. */
  need: number
  partnerSiret: string
  type: PartnershipTypeCode
  status: AgreementStatus
  /** Start date, in months from today (negative: in the past). */
  startInMonths: number
  durationMonths: number
  /** Left incomplete on purpose (a draft in progress): only the type is chosen. */
  partial?: boolean
  /** What the coordinator filled in, for a term starting on `start` (yyyy-mm-dd). */
  content: (start: string) => Partial<AgreementContent>
}

/** The La Poste side of every demo convention: the regional director signs, in Bordeaux. */
export const LA_POSTE_SIDE = {
  laPosteSignatory: { name: 'Claire Martin', title: 'Directrice régionale Nouvelle-Aquitaine' },
  place: 'Bordeaux'
} satisfies Partial<AgreementContent>

import type { AgreementStatus } from '../../shared/domain/agreement'
import type { DemoAgreementSpec } from './demo-agreement-spec'
import { DEMO_COOPERATIONS } from './demo-cooperation-agreements'
import { DEMO_INNOVATIONS } from './demo-innovation-agreements'
import { DEMO_PATRONAGE } from './demo-patronage-agreements'
import { DEMO_PURCHASES } from './demo-purchase-agreements'

export type { DemoAgreementSpec } from './demo-agreement-spec'

/** The sample conventions, four types at every status; every one past the draft stage passes the signing gate. */
export const DEMO_AGREEMENTS: readonly DemoAgreementSpec[] = [
  ...DEMO_INNOVATIONS,
  ...DEMO_COOPERATIONS,
  ...DEMO_PATRONAGE,
  ...DEMO_PURCHASES
]

/** Transitions leading from a draft to each status. */
export const PATH_TO_STATUS: Record<AgreementStatus, readonly AgreementStatus[]> = {
  draft: [],
  ready_for_signature: ['ready_for_signature'],
  signed: ['ready_for_signature', 'signed'],
  active: ['ready_for_signature', 'signed', 'active'],
  ended: ['ready_for_signature', 'signed', 'active', 'ended'],
  terminated: ['ready_for_signature', 'signed', 'terminated']
}

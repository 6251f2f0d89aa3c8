import type { AppDatabase } from '../../db/schema'
import { localIsoDate } from '../../shared/agreements/agreement-dates'
import { dueTransitions } from '../../shared/agreements/lifecycle'
import { AppError } from '../../shared/errors'
import type { AgreementStatus } from '../../shared/domain/agreement'
import type { AgreementService } from '../agreements/agreement.service'

export interface AppliedTransition {
  id: number
  reference: string
  to: AgreementStatus
}

const WHY: Partial<Record<AgreementStatus, string>> = {
  active: 'date de début atteinte (automatique)',
  ended: 'date de fin passée (automatique)'
}

/**
 * Starts the signed conventions whose start date has come and ends those whose end date has passed, through the
 * ordinary transition (same checks, one history line each). Run at start-up and when the day changes; safe beside
 * another process doing the same: a convention another process moved first is skipped.
 */
export async function applyDueTransitions(
  db: AppDatabase,
  agreements: Pick<AgreementService, 'transition'>,
  now: () => Date
): Promise<AppliedTransition[]> {
  const today = localIsoDate(now())
  const candidates = await db
    .selectFrom('agreements')
    .select(['id', 'reference', 'status', 'start_date', 'end_date'])
    .where((eb) =>
      eb.or([
        eb.and([eb('status', '=', 'signed'), eb('start_date', '<=', today)]),
        eb.and([eb('status', '=', 'active'), eb('end_date', '<', today)])
      ])
    )
    .orderBy('id')
    .execute()
  const applied: AppliedTransition[] = []
  for (const row of candidates) {
    const steps = dueTransitions(
      { status: row.status as AgreementStatus, startDate: row.start_date, endDate: row.end_date },
      today
    )
    for (const to of steps) {
      try {
        await agreements.transition({ id: row.id, to, reason: WHY[to] ?? '' })
        applied.push({ id: row.id, reference: row.reference, to })
      } catch (error) {
        // Moved meanwhile by another window or the CLI: nothing left to do for this one.
        if (error instanceof AppError && error.code === 'CONFLICT') break
        throw error
      }
    }
  }
  return applied
}

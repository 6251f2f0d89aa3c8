import type { AppDatabase } from '../../db/schema'
import { localIsoDate } from '../../shared/agreements/agreement-dates'
import { dueTransitions } from '../../shared/agreements/lifecycle'
import { canTransition } from '../../shared/agreements/status-flow'
import { AGREEMENT_STATUS_LABELS, type AgreementStatus } from '../../shared/domain/agreement'
import { addHistory, updateAgreementRow } from '../agreements/agreement.repository'

export interface AppliedTransition {
  id: number
  reference: string
  to: AgreementStatus
}

const WHY: Partial<Record<AgreementStatus, string>> = {
  active: 'date de début atteinte (automatique)',
  ended: 'date de fin passée (automatique)'
}

/** Conventions moved per transaction: short write locks, so the app and the CLI stay responsive meanwhile. */
const BATCH = 200

function candidates(db: AppDatabase, today: string, ids?: readonly number[]) {
  let query = db
    .selectFrom('agreements')
    .select(['id', 'reference', 'status', 'start_date', 'end_date'])
    .where((eb) =>
      eb.or([
        eb.and([eb('status', '=', 'signed'), eb('start_date', '<=', today)]),
        eb.and([eb('status', '=', 'active'), eb('end_date', '<', today)])
      ])
    )
  if (ids) query = query.where('id', 'in', [...ids])
  return query.orderBy('id').execute()
}

/**
 * Starts the signed conventions whose start date has come and ends those whose end date has passed, each with its
 * history line, as the manual transition records it. Run at start-up and when the day changes. Each batch re-reads
 * its conventions inside its own write transaction, so a convention another process (the CLI, a second window)
 * moved first is not moved twice.
 */
export async function applyDueTransitions(db: AppDatabase, now: () => Date): Promise<AppliedTransition[]> {
  const today = localIsoDate(now())
  const ids = (await candidates(db, today)).map((row) => row.id)
  const applied: AppliedTransition[] = []
  for (let start = 0; start < ids.length; start += BATCH) {
    const at = now().toISOString()
    await db.transaction().execute(async (trx) => {
      for (const row of await candidates(trx, today, ids.slice(start, start + BATCH))) {
        let from = row.status as AgreementStatus
        for (const to of dueTransitions(
          { status: from, startDate: row.start_date, endDate: row.end_date },
          today
        )) {
          if (!canTransition(from, to)) break
          await updateAgreementRow(trx, row.id, { status: to, updated_at: at })
          await addHistory(trx, row.id, at, {
            kind: 'status',
            fromStatus: from,
            toStatus: to,
            summary: `${AGREEMENT_STATUS_LABELS[from]} → ${AGREEMENT_STATUS_LABELS[to]} : ${WHY[to] ?? ''}`
          })
          applied.push({ id: row.id, reference: row.reference, to })
          from = to
        }
      }
    })
  }
  return applied
}

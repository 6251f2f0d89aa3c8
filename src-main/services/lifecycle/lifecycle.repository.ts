import type { AppDatabase } from '../../db/schema'
import type { TerminationDecider } from '../../shared/agreements/lifecycle'
import type { AgreementStatus } from '../../shared/domain/agreement'
import type { LinkedAgreement, Termination } from '../../shared/domain/follow-up'

/** Plain data access for terminations, their letters, renewals and deleted drafts; rules live in the services. */

export interface TerminationRecord {
  effectiveDate: string
  reason: string
  decidedBy: TerminationDecider
}

export async function recordTermination(
  trx: AppDatabase,
  agreementId: number,
  termination: TerminationRecord,
  at: string
): Promise<void> {
  await trx
    .insertInto('agreement_terminations')
    .values({
      agreement_id: agreementId,
      effective_date: termination.effectiveDate,
      reason: termination.reason,
      decided_by: termination.decidedBy,
      recorded_at: at
    })
    .execute()
}

export async function findTermination(db: AppDatabase, agreementId: number): Promise<Termination | null> {
  const row = await db
    .selectFrom('agreement_terminations')
    .selectAll()
    .where('agreement_id', '=', agreementId)
    .executeTakeFirst()
  if (!row) return null
  const letters = await db
    .selectFrom('termination_letters')
    .selectAll()
    .where('agreement_id', '=', agreementId)
    .orderBy('id')
    .execute()
  return {
    effectiveDate: row.effective_date,
    reason: row.reason,
    decidedBy: row.decided_by as TerminationDecider,
    recordedAt: row.recorded_at,
    letters: letters.map((letter) => ({
      id: letter.id,
      fileName: letter.file_name,
      sha256: letter.sha256,
      sizeBytes: letter.size_bytes,
      createdAt: letter.created_at
    }))
  }
}

/** Effective termination dates by agreement id, for lists that need the real end of many conventions. */
export async function terminationDates(db: AppDatabase): Promise<Map<number, string>> {
  const rows = await db
    .selectFrom('agreement_terminations')
    .select(['agreement_id', 'effective_date'])
    .execute()
  return new Map(rows.map((row) => [row.agreement_id, row.effective_date]))
}

export function findLetter(db: AppDatabase, letterId: number) {
  return db
    .selectFrom('termination_letters')
    .innerJoin('agreements', 'agreements.id', 'termination_letters.agreement_id')
    .select([
      'termination_letters.id',
      'termination_letters.agreement_id',
      'termination_letters.file_name',
      'agreements.reference'
    ])
    .where('termination_letters.id', '=', letterId)
    .executeTakeFirst()
}

async function linked(db: AppDatabase, id: number | undefined): Promise<LinkedAgreement | null> {
  if (id === undefined) return null
  const row = await db
    .selectFrom('agreements')
    .select(['id', 'reference', 'status'])
    .where('id', '=', id)
    .executeTakeFirst()
  return row ? { id: row.id, reference: row.reference, status: row.status as AgreementStatus } : null
}

/** The convention this one renews, and the one that renews it. */
export async function findRenewalLinks(
  db: AppDatabase,
  agreementId: number
): Promise<{ renewedFrom: LinkedAgreement | null; renewedBy: LinkedAgreement | null }> {
  const from = await db
    .selectFrom('agreement_renewals')
    .select('previous_id')
    .where('next_id', '=', agreementId)
    .executeTakeFirst()
  const by = await db
    .selectFrom('agreement_renewals')
    .select('next_id')
    .where('previous_id', '=', agreementId)
    .executeTakeFirst()
  return { renewedFrom: await linked(db, from?.previous_id), renewedBy: await linked(db, by?.next_id) }
}

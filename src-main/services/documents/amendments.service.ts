import type { AppDatabase } from '../../db/schema'
import type { Amendment } from '../../shared/domain/document'
import { AGREEMENT_STATUS_LABELS } from '../../shared/domain/agreement'
import { ConflictError } from '../../shared/errors'
import type { CreateAmendmentInput } from '../../shared/schemas/document.schema'
import type { AgreementService } from '../agreements/agreement.service'
import { addHistory } from '../agreements/agreement.repository'
import { findAmendmentRow, toAmendment } from './amendment.repository'

const AMENDABLE = new Set(['signed', 'active'])

/** A signed agreement is never edited in place: a change is an amendment (avenant), numbered per agreement. */
export function createAmendmentService({
  db,
  agreements,
  now = () => new Date()
}: {
  db: AppDatabase
  agreements: Pick<AgreementService, 'get'>
  now?: () => Date
}) {
  async function create(input: CreateAmendmentInput): Promise<Amendment> {
    const { agreement } = await agreements.get(input.agreementId)
    if (!AMENDABLE.has(agreement.status))
      throw new ConflictError(
        `Un avenant ne se rédige que pour une convention signée ou en cours (celle-ci est « ${AGREEMENT_STATUS_LABELS[agreement.status]} »).`
      )
    const at = now().toISOString()
    const id = await db.transaction().execute(async (trx) => {
      const pending = await trx
        .selectFrom('agreement_amendments')
        .select('number')
        .where('agreement_id', '=', agreement.id)
        .where('status', '=', 'draft')
        .executeTakeFirst()
      if (pending)
        throw new ConflictError(
          `L’avenant n° ${pending.number} n’est pas encore signé : faites-le signer d’abord.`
        )
      const last = await trx
        .selectFrom('agreement_amendments')
        .select((eb) => eb.fn.max<number | null>('number').as('last'))
        .where('agreement_id', '=', agreement.id)
        .executeTakeFirst()
      const number = (last?.last ?? 0) + 1
      const inserted = await trx
        .insertInto('agreement_amendments')
        .values({
          agreement_id: agreement.id,
          number,
          reason: input.reason,
          effective_date: input.effectiveDate,
          changes: JSON.stringify(input.changes),
          status: 'draft',
          created_at: at,
          signed_at: null
        })
        .returning('id')
        .executeTakeFirstOrThrow()
      await addHistory(trx, agreement.id, at, {
        kind: 'changed',
        summary: `Avenant n° ${number} rédigé : ${input.changes.map((change) => `article ${change.articleNumber}`).join(', ')}.`
      })
      return inserted.id
    })
    return toAmendment(await findAmendmentRow(db, agreement.id, id), agreement.reference)
  }

  return { create }
}

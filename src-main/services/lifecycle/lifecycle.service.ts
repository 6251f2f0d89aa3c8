import type { AppDatabase } from '../../db/schema'
import { deletionProblem, renewalProblem, renewalStartDate } from '../../shared/agreements/lifecycle'
import type { AgreementStatus, AgreementView } from '../../shared/domain/agreement'
import type { DeletedDraft } from '../../shared/domain/home'
import { ConflictError, NotFoundError } from '../../shared/errors'
import type { TerminateInput } from '../../shared/schemas/lifecycle.schema'
import type { AgreementService } from '../agreements/agreement.service'
import { insertAgreement } from '../agreements/agreement-writer'
import { toAgreementContent } from '../agreements/agreement.mapper'
import {
  addHistory,
  findAgreementRow,
  listBenefitCodes,
  listDomainIds,
  listHistoryRows
} from '../agreements/agreement.repository'
import { applyDueTransitions } from './automatic-transitions'

export interface LifecycleServiceDeps {
  db: AppDatabase
  agreements: AgreementService
  now?: () => Date
}

export type LifecycleService = ReturnType<typeof createLifecycleService>

/** After the signature: automatic start and end, early termination, renewal; and deleting a draft. */
export function createLifecycleService({ db, agreements, now = () => new Date() }: LifecycleServiceDeps) {
  async function loadRow(trx: AppDatabase, id: number) {
    const row = await findAgreementRow(trx, id)
    if (!row) throw new NotFoundError(`La convention n° ${id} n'existe pas.`)
    return row
  }

  /** Early termination, through the one transition path that records its date, reason and who decided. */
  function terminate(input: TerminateInput): Promise<AgreementView> {
    return agreements.transition({
      id: input.id,
      to: 'terminated',
      reason: input.reason,
      date: input.date,
      decidedBy: input.decidedBy
    })
  }

  /**
   * A new draft pre-filled from the convention, starting the day after it ends, linked both ways. Asking twice (a
   * double click, two windows) answers the renewal already made instead of a second one.
   */
  async function renew(id: number): Promise<AgreementView> {
    const at = now().toISOString()
    const renewalId = await db.transaction().execute(async (trx) => {
      const row = await loadRow(trx, id)
      const existing = await trx
        .selectFrom('agreement_renewals')
        .select('next_id')
        .where('previous_id', '=', id)
        .executeTakeFirst()
      if (existing) return existing.next_id
      const problem = renewalProblem(row.status as AgreementStatus)
      if (problem !== null) throw new ConflictError(problem)
      const content = toAgreementContent(row, await listDomainIds(trx, id), await listBenefitCodes(trx, id))
      const created = await insertAgreement(
        trx,
        {
          content: { ...content, startDate: renewalStartDate(row.end_date) },
          year: now().getFullYear(),
          department: row.department,
          wizardStep: 6,
          history: {
            kind: 'duplicated',
            summary: `Renouvellement de la convention ${row.reference}.`,
            toStatus: 'draft'
          }
        },
        at
      )
      await trx
        .insertInto('agreement_renewals')
        .values({ previous_id: id, next_id: created.id, created_at: at })
        .execute()
      await addHistory(trx, id, at, {
        kind: 'changed',
        summary: `Renouvellement préparé : convention ${created.reference} (brouillon).`
      })
      return created.id
    })
    return agreements.get(renewalId)
  }

  /**
   * Deletes a draft that no one signed: its history is kept in the deletion log, and the convention it renewed (if
   * any) records that its renewal draft was dropped. Drafts with a version for signature or a signature stay.
   */
  async function deleteDraft(id: number): Promise<{ reference: string }> {
    const at = now().toISOString()
    return db.transaction().execute(async (trx) => {
      const row = await loadRow(trx, id)
      const problem = deletionProblem(row.status as AgreementStatus)
      if (problem !== null) throw new ConflictError(problem)
      const issued = await trx
        .selectFrom('document_versions')
        .select('id')
        .where('agreement_id', '=', id)
        .where('kind', '!=', 'draft')
        .executeTakeFirst()
      if (issued)
        throw new ConflictError(
          `Le brouillon ${row.reference} a déjà eu une version pour signature : il est gardé pour mémoire.`
        )
      const history = (await listHistoryRows(trx, id)).map((entry) => ({
        at: entry.at,
        summary: entry.summary
      }))
      history.push({ at, summary: 'Brouillon supprimé.' })
      await trx
        .insertInto('deleted_agreements')
        .values({
          agreement_id: id,
          reference: row.reference,
          title: row.title,
          partner_name: row.partner_name,
          deleted_at: at,
          history: JSON.stringify(history)
        })
        .execute()
      const renewed = await trx
        .selectFrom('agreement_renewals')
        .select('previous_id')
        .where('next_id', '=', id)
        .executeTakeFirst()
      if (renewed)
        await addHistory(trx, renewed.previous_id, at, {
          kind: 'changed',
          summary: `Brouillon de renouvellement ${row.reference} supprimé.`
        })
      await trx.deleteFrom('agreements').where('id', '=', id).execute()
      return { reference: row.reference }
    })
  }

  async function deletedDrafts(limit = 50): Promise<DeletedDraft[]> {
    const rows = await db
      .selectFrom('deleted_agreements')
      .selectAll()
      .orderBy('deleted_at', 'desc')
      .orderBy('id', 'desc')
      .limit(limit)
      .execute()
    return rows.map((row) => ({
      id: row.id,
      agreementId: row.agreement_id,
      reference: row.reference,
      title: row.title,
      partnerName: row.partner_name,
      deletedAt: row.deleted_at,
      history: JSON.parse(row.history) as DeletedDraft['history']
    }))
  }

  return {
    terminate,
    renew,
    deleteDraft,
    deletedDrafts,
    applyDue: () => applyDueTransitions(db, now)
  }
}

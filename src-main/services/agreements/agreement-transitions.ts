import type { AppDatabase } from '../../db/schema'
import { frenchShortDate } from '../../shared/format/short-date'
import { localIsoDate } from '../../shared/agreements/agreement-dates'
import {
  defaultTerminationDate,
  terminationProblems,
  TERMINATION_DECIDER_LABELS
} from '../../shared/agreements/lifecycle'
import { canTransition } from '../../shared/agreements/status-flow'
import type { TerminationDecider } from '../../shared/agreements/lifecycle'
import {
  AGREEMENT_STATUS_LABELS,
  type Agreement,
  type AgreementCheck,
  type AgreementStatus,
  type AgreementView
} from '../../shared/domain/agreement'
import type { TransitionInput } from '../../shared/schemas/agreement-transition.schema'
import type { Settings } from '../../shared/schemas/settings.schema'
import { ConflictError, ValidationError } from '../../shared/errors'
import { addHistory, updateAgreementRow } from './agreement.repository'
import { NotReadyForSignatureError } from './not-ready-error'
import { recordTermination } from '../lifecycle/lifecycle.repository'

interface TransitionDeps {
  db: AppDatabase
  now: () => Date
  load: (trx: AppDatabase, id: number) => Promise<Agreement>
  check: (trx: AppDatabase, agreement: Agreement, settings: Settings) => Promise<AgreementCheck>
  settings: () => Promise<Settings>
}

/** Status changes, enforced here whatever the caller: the allowed flow, the checks, and a history line each. */
export function createAgreementTransitions({ db, now, load, check, settings }: TransitionDeps) {
  async function assertAllowed(
    trx: AppDatabase,
    agreement: Agreement,
    to: AgreementStatus,
    reason: string,
    currentSettings: Settings,
    termination: { date: string; decidedBy: TerminationDecider }
  ): Promise<void> {
    const from = agreement.status
    if (to === 'terminated') {
      const problems = terminationProblems(agreement, { ...termination, reason })
      const first = Object.values(problems)[0]
      if (first !== undefined) throw new ValidationError(first, problems)
    }
    if (!canTransition(from, to))
      throw new ConflictError(
        `Une convention « ${AGREEMENT_STATUS_LABELS[from]} » ne peut pas passer à « ${AGREEMENT_STATUS_LABELS[to]} ».`
      )
    const today = localIsoDate(now())
    // The signing gate, checked on the stored content inside the transaction that changes the status.
    if (to === 'ready_for_signature') {
      const { problems } = await check(trx, agreement, currentSettings)
      if (problems.length > 0) throw new NotReadyForSignatureError(agreement.reference, problems)
    }
    if (to === 'active' && (agreement.startDate === null || agreement.startDate > today))
      throw new ConflictError('La convention ne peut être mise en cours qu’à partir de sa date de début.')
    if (to === 'ended' && (agreement.endDate === null || agreement.endDate > today))
      throw new ConflictError(
        'La convention n’est pas arrivée à son terme : pour l’arrêter plus tôt, résiliez-la.'
      )
  }

  async function transition({
    id,
    to,
    reason = '',
    date,
    decidedBy = 'la-poste'
  }: TransitionInput): Promise<AgreementView> {
    const at = now().toISOString()
    const currentSettings = await settings()
    await db.transaction().execute(async (trx) => {
      const agreement = await load(trx, id)
      const termination = {
        date: date ?? defaultTerminationDate(agreement.startDate, localIsoDate(now())),
        decidedBy
      }
      await assertAllowed(trx, agreement, to, reason, currentSettings, termination)
      // Reopening a text that was ready for signature makes a new version of it.
      const version =
        agreement.status === 'ready_for_signature' && to === 'draft'
          ? agreement.version + 1
          : agreement.version
      await updateAgreementRow(trx, id, { status: to, version, updated_at: at })
      // A termination says when it takes effect and who decided it, in the same history line.
      const decided =
        to === 'terminated'
          ? ` (effet le ${frenchShortDate(termination.date)}, décidée par : ${TERMINATION_DECIDER_LABELS[termination.decidedBy]})`
          : ''
      const summary = `${AGREEMENT_STATUS_LABELS[agreement.status]} → ${AGREEMENT_STATUS_LABELS[to]}${reason === '' ? '' : ` : ${reason}`}${decided}`
      if (to === 'terminated')
        await recordTermination(
          trx,
          id,
          { effectiveDate: termination.date, reason, decidedBy: termination.decidedBy },
          at
        )
      await addHistory(trx, id, at, { kind: 'status', fromStatus: agreement.status, toStatus: to, summary })
    })
    const agreement = await load(db, id)
    return { agreement, check: await check(db, agreement, currentSettings) }
  }

  return { transition }
}

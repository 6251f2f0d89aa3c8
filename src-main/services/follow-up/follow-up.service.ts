import type { AppDatabase } from '../../db/schema'
import { frenchShortDate } from '../../shared/format/short-date'
import { localIsoDate } from '../../shared/agreements/agreement-dates'
import type { FollowUpView } from '../../shared/domain/follow-up'
import { EVALUATION_OUTCOME_LABELS } from '../../shared/domain/follow-up'
import { NotFoundError, ValidationError } from '../../shared/errors'
import { nextCommitteeDue, reportingPeriods } from '../../shared/follow-up/follow-up-schedule'
import type { EvaluationInput, MeetingInput, PeriodResultsInput } from '../../shared/schemas/follow-up.schema'
import type { AgreementService } from '../agreements/agreement.service'
import { addHistory } from '../agreements/agreement.repository'
import { findRenewalLinks, findTermination } from '../lifecycle/lifecycle.repository'
import {
  agreementFacts,
  assertStatus,
  findPeriod,
  MEETING_STATUSES,
  periodIsDue,
  RESULT_STATUSES,
  scheduleFacts
} from './follow-up-facts'
import {
  findEvaluationRow,
  findMeetingRow,
  listMeetingRows,
  listResultRows,
  toEvaluation,
  toMeeting,
  toResult
} from './follow-up.repository'

export interface FollowUpServiceDeps {
  db: AppDatabase
  agreements: AgreementService
  now?: () => Date
}

export type FollowUpService = ReturnType<typeof createFollowUpService>

/** Committee meetings, indicator results and the final evaluation of signed conventions, each in the history. */
export function createFollowUpService({ db, agreements, now = () => new Date() }: FollowUpServiceDeps) {
  async function load(agreementId: number) {
    const { agreement } = await agreements.get(agreementId)
    const termination = await findTermination(db, agreementId)
    return { agreement, termination, facts: scheduleFacts(agreement, termination?.effectiveDate ?? null) }
  }

  async function get(agreementId: number): Promise<FollowUpView> {
    const { agreement, termination, facts } = await load(agreementId)
    const meetings = (await listMeetingRows(db, agreementId)).map(toMeeting)
    const results = (await listResultRows(db, agreementId)).map(toResult)
    const evaluationRow = await findEvaluationRow(db, agreementId)
    const indicators = agreement.indicators.map((indicator, index) => ({ index, ...indicator }))
    const today = localIsoDate(now())
    const lastHeld = meetings.filter((meeting) => meeting.heldOn <= today).at(-1)?.heldOn ?? null
    const planned = meetings.some((meeting) => meeting.heldOn > today)
    return {
      agreement: agreementFacts(agreement, termination?.effectiveDate ?? null),
      termination,
      ...(await findRenewalLinks(db, agreementId)),
      meetings,
      nextCommitteeDue: planned || agreement.status === 'draft' ? null : nextCommitteeDue(facts, lastHeld),
      indicators,
      periods: reportingPeriods(facts).map((period) => ({
        ...period,
        due: periodIsDue(period, now()),
        missing: indicators.filter(
          (indicator) =>
            !results.some(
              (result) => result.periodNumber === period.number && result.indicatorIndex === indicator.index
            )
        ).length
      })),
      results,
      evaluation: evaluationRow ? toEvaluation(evaluationRow) : null
    }
  }

  async function saveMeeting(input: MeetingInput): Promise<FollowUpView> {
    const { agreement } = await load(input.agreementId)
    assertStatus(agreement, MEETING_STATUSES, 'Un comité de suivi ne s’enregistre qu’après la signature')
    const at = now().toISOString()
    const attendees = JSON.stringify(input.attendees)
    await db.transaction().execute(async (trx) => {
      if (input.id === undefined) {
        await trx
          .insertInto('committee_meetings')
          .values({
            agreement_id: input.agreementId,
            held_on: input.heldOn,
            attendees,
            decisions: input.decisions,
            created_at: at,
            updated_at: at
          })
          .execute()
      } else {
        const existing = await findMeetingRow(trx, input.id)
        if (!existing || existing.agreement_id !== input.agreementId)
          throw new NotFoundError('Ce comité de suivi n’existe pas pour cette convention.')
        await trx
          .updateTable('committee_meetings')
          .set({ held_on: input.heldOn, attendees, decisions: input.decisions, updated_at: at })
          .where('id', '=', input.id)
          .execute()
      }
      await addHistory(trx, input.agreementId, at, {
        kind: 'changed',
        summary: `Comité de suivi du ${frenchShortDate(input.heldOn)} ${input.id === undefined ? 'enregistré' : 'corrigé'} (${input.attendees.length} participant${input.attendees.length > 1 ? 's' : ''}).`
      })
    })
    return get(input.agreementId)
  }

  async function recordResults(input: PeriodResultsInput): Promise<FollowUpView> {
    const { agreement, facts } = await load(input.agreementId)
    assertStatus(agreement, RESULT_STATUSES, 'Les résultats se saisissent une fois la convention commencée')
    const period = findPeriod(facts, input.periodNumber)
    if (!period)
      throw new ValidationError('Cette période n’existe pas pour cette convention.', {
        periodNumber: 'Période inconnue.'
      })
    const unknown = input.results.find((row) => row.indicatorIndex >= agreement.indicators.length)
    if (unknown)
      throw new ValidationError('Cet indicateur n’existe pas dans la convention.', {
        [`results.${input.results.indexOf(unknown)}.indicatorIndex`]: 'Indicateur inconnu.'
      })
    const at = now().toISOString()
    await db.transaction().execute(async (trx) => {
      for (const row of input.results) {
        const indicator = agreement.indicators[row.indicatorIndex]
        if (!indicator) continue
        if (row.value === null) {
          await trx
            .deleteFrom('indicator_results')
            .where('agreement_id', '=', input.agreementId)
            .where('indicator_index', '=', row.indicatorIndex)
            .where('period_number', '=', period.number)
            .execute()
          continue
        }
        const values = {
          indicator_label: indicator.label,
          unit: indicator.unit,
          target: indicator.target,
          value: row.value,
          comment: row.comment,
          recorded_at: at
        }
        await trx
          .insertInto('indicator_results')
          .values({
            agreement_id: input.agreementId,
            indicator_index: row.indicatorIndex,
            period_number: period.number,
            period_start: period.start,
            period_end: period.end,
            ...values
          })
          .onConflict((conflict) =>
            conflict.columns(['agreement_id', 'indicator_index', 'period_number']).doUpdateSet(values)
          )
          .execute()
      }
      const recorded = input.results.filter((row) => row.value !== null).length
      await addHistory(trx, input.agreementId, at, {
        kind: 'changed',
        summary: `Résultats — ${period.label.toLowerCase()} (${frenchShortDate(period.start)} – ${frenchShortDate(period.end)}) : ${recorded} indicateur${recorded > 1 ? 's' : ''} renseigné${recorded > 1 ? 's' : ''}.`
      })
    })
    return get(input.agreementId)
  }

  async function saveEvaluation(input: EvaluationInput): Promise<FollowUpView> {
    const { agreement } = await load(input.agreementId)
    assertStatus(agreement, RESULT_STATUSES, 'Le bilan final se rédige une fois la convention commencée')
    const at = now().toISOString()
    await db.transaction().execute(async (trx) => {
      const values = {
        written_on: input.writtenOn,
        outcome: input.outcome,
        recommendation: input.recommendation,
        summary: input.summary,
        updated_at: at
      }
      await trx
        .insertInto('final_evaluations')
        .values({ agreement_id: input.agreementId, created_at: at, ...values })
        .onConflict((conflict) => conflict.column('agreement_id').doUpdateSet(values))
        .execute()
      await addHistory(trx, input.agreementId, at, {
        kind: 'changed',
        summary: `Bilan final du ${frenchShortDate(input.writtenOn)} : ${EVALUATION_OUTCOME_LABELS[input.outcome].toLowerCase()}.`
      })
    })
    return get(input.agreementId)
  }

  return { get, saveMeeting, recordResults, saveEvaluation }
}

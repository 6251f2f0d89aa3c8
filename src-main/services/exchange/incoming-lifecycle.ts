import type { AppDatabase } from '../../db/schema'
import { agreementEndDate } from '../../shared/agreements/agreement-dates'
import { terminationProblems } from '../../shared/agreements/lifecycle'
import type { BundleAgreement } from '../../shared/exchange/bundle-manifest.schema'
import { cleanName, cleanText } from '../../shared/text/display-text'
import { recordTermination } from '../lifecycle/lifecycle.repository'

function datesOf(agreement: BundleAgreement) {
  const { startDate, durationMonths } = agreement.content
  return { startDate, endDate: agreementEndDate(startDate, durationMonths) }
}

/**
 * Why a bundle's « résiliée » agreement cannot be taken: a termination here always says its effective date, its
 * reason and who decided (`terminationProblems` in `src-main/shared/agreements/lifecycle.ts`), and the bundle must
 * say them too. The automatic « en cours » and « terminée » depend on the clock of each side (a day apart between
 * La Réunion and Guadeloupe): they are not judged here, this installation applies its own at start-up.
 */
export function lifecycleProblems(agreement: BundleAgreement): string[] {
  if (agreement.status !== 'terminated') return []
  const termination = agreement.followUp?.termination
  if (!termination)
    return ['elle arrive « résiliée » sans la date d’effet, le motif ni qui a décidé de la résiliation.']
  // Judged as the signed or running convention it was when it was terminated.
  const problems = terminationProblems(
    { status: 'active', ...datesOf(agreement) },
    {
      date: termination.effectiveDate,
      reason: cleanName(termination.reason),
      decidedBy: termination.decidedBy
    }
  )
  return Object.values(problems).map((problem) => `résiliation reçue : ${problem}`)
}

/** Records the termination a « résiliée » agreement arrived with, unless this installation already holds one. */
export async function recordIncomingTermination(
  trx: AppDatabase,
  agreementId: number,
  agreement: BundleAgreement,
  at: string
): Promise<void> {
  const termination = agreement.followUp?.termination
  if (agreement.status !== 'terminated' || !termination) return
  const existing = await trx
    .selectFrom('agreement_terminations')
    .select('agreement_id')
    .where('agreement_id', '=', agreementId)
    .executeTakeFirst()
  if (existing) return
  await recordTermination(
    trx,
    agreementId,
    {
      effectiveDate: termination.effectiveDate,
      reason: cleanText(termination.reason).trim(),
      decidedBy: termination.decidedBy
    },
    at
  )
}

import { parseArgs } from 'node:util'
import { TERMINATION_DECIDERS, type TerminationDecider } from '../../shared/agreements/lifecycle'
import { AGREEMENT_STATUS_LABELS, type AgreementStatus } from '../../shared/domain/agreement'
import { ValidationError } from '../../shared/errors'
import { transitionInputSchema } from '../../shared/schemas/agreement-transition.schema'
import { parseInput } from '../../shared/schemas/parse-input'
import { NotReadyForSignatureError } from '../../services/agreements/not-ready-error'
import { UsageError, type CliContext } from '../cli-io'
import { agreementIdByReference } from './agreement-by-reference'

/** What the CLI calls each status it can move an agreement to. */
const TARGETS = {
  draft: 'draft',
  ready: 'ready_for_signature',
  active: 'active',
  ended: 'ended',
  terminated: 'terminated'
} as const satisfies Record<string, AgreementStatus>
const TARGET_NAMES = Object.keys(TARGETS) as Array<keyof typeof TARGETS>

/**
 * `agreements transition --ref REF --to draft|ready|active|ended|terminated [--date D] [--reason TEXT]
 * [--decided-by WHO]`: the same transition as in the app, with the same rules (the signing gate for `ready`, each
 * blocking point printed with its code; a termination needs its reason; its date, today by default, is not before
 * the start).
 */
export async function transitionAgreement(
  args: string[],
  { db, services, output }: CliContext
): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      ref: { type: 'string' },
      to: { type: 'string' },
      date: { type: 'string' },
      reason: { type: 'string' },
      'decided-by': { type: 'string' }
    },
    strict: true
  })
  if (!values.ref) throw new UsageError('Précisez --ref REFERENCE')
  const targetName = TARGET_NAMES.find((name) => name === values.to)
  if (!targetName) throw new UsageError(`Précisez --to ${TARGET_NAMES.join('|')}`)
  const to = TARGETS[targetName]
  if (to !== 'terminated' && (values.date !== undefined || values['decided-by'] !== undefined))
    throw new UsageError('--date et --decided-by ne s’emploient qu’avec --to terminated')
  const decidedBy = values['decided-by']
  if (decidedBy !== undefined && !(TERMINATION_DECIDERS as readonly string[]).includes(decidedBy))
    throw new ValidationError(
      `--decided-by inconnu : « ${decidedBy} » (valeurs possibles : ${TERMINATION_DECIDERS.join(', ')}).`
    )
  const agreementId = await agreementIdByReference(db, values.ref)
  const input = parseInput(transitionInputSchema, {
    id: agreementId,
    to,
    ...(values.reason !== undefined ? { reason: values.reason } : {}),
    ...(values.date !== undefined ? { date: values.date } : {}),
    ...(decidedBy !== undefined ? { decidedBy: decidedBy as TerminationDecider } : {})
  })
  const { agreement } = await services.agreements.transition(input).catch((error: unknown) => {
    if (!(error instanceof NotReadyForSignatureError)) throw error
    for (const problem of error.problems)
      output.err(
        `À corriger (étape ${problem.step}, ${problem.field}) [${problem.code}] : ${problem.message}`
      )
    throw new ValidationError(error.message.split('\n')[0] ?? error.message)
  })
  output.out(`${agreement.reference} : ${AGREEMENT_STATUS_LABELS[agreement.status]}.`)
}

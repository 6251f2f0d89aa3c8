import { parseArgs } from 'node:util'
import { TERMINATION_DECIDERS, type TerminationDecider } from '../../shared/agreements/lifecycle'
import { AGREEMENT_STATUS_LABELS } from '../../shared/domain/agreement'
import { NotFoundError, ValidationError } from '../../shared/errors'
import { transitionInputSchema } from '../../shared/schemas/agreement-transition.schema'
import { parseInput } from '../../shared/schemas/parse-input'
import { UsageError, type CliContext } from '../cli-io'

const TARGETS = ['active', 'ended', 'terminated'] as const

/**
 * `agreements transition --ref REF --to active|ended|terminated [--date D] [--reason TEXT] [--decided-by WHO]`:
 * the same transition as in the app, with the same rules (a termination needs its reason; its date, today by
 * default, is not before the start).
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
  const to = TARGETS.find((target) => target === values.to)
  if (!to) throw new UsageError(`Précisez --to ${TARGETS.join('|')}`)
  if (to !== 'terminated' && (values.date !== undefined || values['decided-by'] !== undefined))
    throw new UsageError('--date et --decided-by ne s’emploient qu’avec --to terminated')
  const decidedBy = values['decided-by']
  if (decidedBy !== undefined && !(TERMINATION_DECIDERS as readonly string[]).includes(decidedBy))
    throw new ValidationError(
      `--decided-by inconnu : « ${decidedBy} » (valeurs possibles : ${TERMINATION_DECIDERS.join(', ')}).`
    )
  const row = await db
    .selectFrom('agreements')
    .select('id')
    .where('reference', '=', values.ref)
    .executeTakeFirst()
  if (!row) throw new NotFoundError(`Aucune convention de référence ${values.ref}.`)
  const input = parseInput(transitionInputSchema, {
    id: row.id,
    to,
    ...(values.reason !== undefined ? { reason: values.reason } : {}),
    ...(values.date !== undefined ? { date: values.date } : {}),
    ...(decidedBy !== undefined ? { decidedBy: decidedBy as TerminationDecider } : {})
  })
  const { agreement } = await services.agreements.transition(input)
  output.out(`${agreement.reference} : ${AGREEMENT_STATUS_LABELS[agreement.status]}.`)
}

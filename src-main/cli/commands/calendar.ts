import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { periodSchema } from '../../shared/schemas/lifecycle.schema'
import { parseInput } from '../../shared/schemas/parse-input'
import { UsageError, type CliContext } from '../cli-io'

/** `calendar --out FILE.ics [--from D] [--to D]`: the reminders as an iCalendar file for Outlook. */
export async function runCalendar(args: string[], { services, output }: CliContext): Promise<void> {
  const { values } = parseArgs({
    args,
    options: { out: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' } },
    strict: true
  })
  if (!values.out) throw new UsageError('Précisez --out FICHIER.ics')
  const period = parseInput(periodSchema, {
    ...(values.from !== undefined ? { from: values.from } : {}),
    ...(values.to !== undefined ? { to: values.to } : {})
  })
  const { savedTo, eventCount } = await services.calendar.exportTo(resolve(values.out), period)
  output.out(
    `${eventCount} échéance${eventCount > 1 ? 's' : ''} écrite${eventCount > 1 ? 's' : ''} dans ${savedTo}`
  )
}

import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import type { ExportSelection } from '../../shared/domain/exchange'
import { describeImportOutcome } from '../../shared/exchange/import-outcome-text'
import { isoDateSchema } from '../../shared/schemas/agreement.schema'
import { findHeadNetworkId } from '../../services/exchange/export-selection'
import { UsageError, type CliContext } from '../cli-io'

export async function runExchange(args: string[], context: CliContext): Promise<void> {
  const [verb, ...rest] = args
  if (verb === 'export') return exportBundle(rest, context)
  if (verb === 'import') return importBundle(rest, context)
  throw new UsageError(
    verb ? `Sous-commande inconnue : exchange ${verb}` : 'Précisez : exchange export ou exchange import'
  )
}

function dateOption(value: string | undefined, option: string): string | null {
  if (value === undefined) return null
  if (!isoDateSchema.safeParse(value).success) throw new UsageError(`${option} attend une date AAAA-MM-JJ`)
  return value
}

async function exportBundle(args: string[], { db, services, output }: CliContext): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      out: { type: 'string' },
      network: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      anonymised: { type: 'boolean' }
    },
    strict: true
  })
  if (!values.out) throw new UsageError('exchange export attend --out FICHIER.zip')
  if (values.network && (values.from || values.to))
    throw new UsageError('--network ne se combine pas avec --from / --to')
  const from = dateOption(values.from, '--from')
  const to = dateOption(values.to, '--to')
  const selection: ExportSelection = values.network
    ? { kind: 'headNetwork', headNetworkId: await findHeadNetworkId(db, values.network) }
    : from !== null || to !== null
      ? { kind: 'period', from, to }
      : { kind: 'all' }
  const outcome = await services.exchange.export({
    selection,
    filePath: resolve(values.out),
    anonymised: values.anonymised ?? false
  })
  output.out(
    `${outcome.agreementCount} convention(s) et ${outcome.documentCount} document(s) exportés dans ${outcome.filePath}.`
  )
}

async function importBundle(args: string[], { services, output }: CliContext): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      'dry-run': { type: 'boolean' },
      'on-conflict': { type: 'string' },
      'accept-sender': { type: 'boolean' }
    },
    allowPositionals: true,
    strict: true
  })
  const [file, ...extra] = positionals
  if (!file || extra.length > 0) throw new UsageError('exchange import attend un seul FICHIER.zip')
  const onConflict = values['on-conflict']
  if (onConflict !== undefined && onConflict !== 'keep' && onConflict !== 'take')
    throw new UsageError('--on-conflict attend keep ou take')
  const filePath = resolve(file)
  if (values['dry-run']) {
    output.out(JSON.stringify(await services.exchange.preview(filePath), null, 2))
    return
  }
  const outcome = await services.exchange.importFile({
    filePath,
    acceptSender: values['accept-sender'] ?? false,
    ...(onConflict ? { defaultChoice: onConflict } : {})
  })
  output.out(describeImportOutcome(outcome))
}

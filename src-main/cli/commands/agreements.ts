import { parseArgs } from 'node:util'
import {
  AGREEMENT_STATUS_LABELS,
  AGREEMENT_STATUSES,
  type AgreementStatus
} from '../../shared/domain/agreement'
import { ValidationError } from '../../shared/errors'
import { PARTNERSHIP_TYPE_CODES } from '../../shared/schemas/agreement.schema'
import { agreementQuerySchema } from '../../shared/schemas/agreement-query.schema'
import { parseInput } from '../../shared/schemas/parse-input'
import type { PartnershipTypeCode } from '../../shared/reference/reference-data'
import { UsageError, type CliContext } from '../cli-io'
import { transitionAgreement } from './agreements-transition'

const PAGE_SIZE = 1000

export async function runAgreements(args: string[], context: CliContext): Promise<void> {
  const [verb, ...rest] = args
  if (verb === 'list') return listAgreements(rest, context)
  if (verb === 'transition') return transitionAgreement(rest, context)
  throw new UsageError(
    verb ? `Sous-commande inconnue : agreements ${verb}` : 'Précisez : agreements list ou transition'
  )
}

function checkedOption<T extends string>(
  value: string | undefined,
  allowed: readonly T[],
  option: string
): T | undefined {
  if (value === undefined) return undefined
  if (!(allowed as readonly string[]).includes(value))
    throw new ValidationError(`${option} inconnu : « ${value} » (valeurs possibles : ${allowed.join(', ')}).`)
  return value as T
}

async function listAgreements(args: string[], { services, output }: CliContext): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      json: { type: 'boolean' },
      search: { type: 'string' },
      type: { type: 'string' },
      status: { type: 'string' }
    },
    strict: true
  })
  const query = {
    ...(values.search ? { search: values.search } : {}),
    ...(values.type
      ? { type: checkedOption<PartnershipTypeCode>(values.type, PARTNERSHIP_TYPE_CODES, 'Type') }
      : {}),
    ...(values.status
      ? { status: checkedOption<AgreementStatus>(values.status, AGREEMENT_STATUSES, 'Statut') }
      : {}),
    sort: 'reference' as const
  }
  const rows = []
  for (let offset = 0; ; offset += PAGE_SIZE) {
    const page = await services.agreements.search(
      parseInput(agreementQuerySchema, { ...query, limit: PAGE_SIZE, offset })
    )
    rows.push(...page.rows)
    if (rows.length >= page.total || page.rows.length === 0) break
  }
  if (values.json) {
    output.out(JSON.stringify(rows, null, 2))
    return
  }
  if (rows.length === 0) {
    output.out('Aucune convention.')
    return
  }
  for (const row of rows) {
    output.out(
      [
        row.reference,
        AGREEMENT_STATUS_LABELS[row.status].padEnd(20),
        (row.type ?? '—').padEnd(21),
        `${row.startDate ?? '—'} → ${row.endDate ?? '—'}${row.endingSoon ? ' (fin proche)' : ''}`,
        row.partnerName ?? '—',
        row.title
      ].join('  |  ')
    )
  }
}

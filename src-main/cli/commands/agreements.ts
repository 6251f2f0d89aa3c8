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
import { agreementIdByReference } from './agreement-by-reference'
import { transitionAgreement } from './agreements-transition'

const PAGE_SIZE = 1000

export async function runAgreements(args: string[], context: CliContext): Promise<void> {
  const [verb, ...rest] = args
  if (verb === 'list') return listAgreements(rest, context)
  if (verb === 'check') return checkAgreementCommand(rest, context)
  if (verb === 'transition') return transitionAgreement(rest, context)
  throw new UsageError(
    verb ? `Sous-commande inconnue : agreements ${verb}` : 'Précisez : agreements list, check ou transition'
  )
}

/**
 * `agreements check --ref REF`: the signing gate's answer for one agreement, each point with its wizard step and
 * field; exit code 1 while anything blocks « prête pour signature ».
 */
async function checkAgreementCommand(args: string[], { db, services, output }: CliContext): Promise<void> {
  const { values } = parseArgs({
    args,
    options: { ref: { type: 'string' }, json: { type: 'boolean' } },
    strict: true
  })
  if (values.ref === undefined)
    throw new UsageError('Précisez la convention : agreements check --ref REFERENCE')
  const agreementId = await agreementIdByReference(db, values.ref)
  const check = await services.agreements.check(agreementId)
  if (values.json) output.out(JSON.stringify(check, null, 2))
  else {
    for (const [heading, issues] of [
      ['À corriger', check.problems],
      ['À vérifier', check.warnings]
    ] as const)
      for (const issue of issues)
        output.out(`${heading} (étape ${issue.step}, ${issue.field}) : ${issue.message}`)
  }
  if (check.problems.length > 0)
    throw new ValidationError(
      `La convention ${values.ref} n’est pas prête pour signature : ${check.problems.length === 1 ? 'un point' : `${check.problems.length} points`} à corriger.`
    )
  if (!values.json) output.out(`La convention ${values.ref} peut être marquée « prête pour signature ».`)
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

import { NotFoundError } from '../../shared/errors'
import { UsageError, type CliContext } from '../cli-io'
import { agreementIdByReference } from './agreement-by-reference'

/** The options every signing command takes: the PKCS#12 file, the variable holding its passphrase, place, title, output. */
export const SIGNING_OPTIONS = {
  p12: { type: 'string' },
  'passphrase-env': { type: 'string' },
  place: { type: 'string' },
  title: { type: 'string' },
  out: { type: 'string' }
} as const

/** The passphrase comes from an environment variable, never from the command line (other users can read it). */
export function passphraseFrom(variable: string): string {
  const passphrase = process.env[variable]
  if (passphrase === undefined)
    throw new UsageError(`La variable d’environnement ${variable} n’est pas définie.`)
  return passphrase
}

/** The convention of that reference, or one of its amendments by number. */
export async function documentTarget({ db }: CliContext, ref: string, amendment: string | undefined) {
  const agreementId = await agreementIdByReference(db, ref)
  if (amendment === undefined) return { agreementId, amendmentId: null }
  const number = Number(amendment)
  const row = await db
    .selectFrom('agreement_amendments')
    .select('id')
    .where('agreement_id', '=', agreementId)
    .where('number', '=', number)
    .executeTakeFirst()
  if (!row) throw new NotFoundError(`La convention ${ref} n’a pas d’avenant n° ${amendment}.`)
  return { agreementId, amendmentId: row.id }
}

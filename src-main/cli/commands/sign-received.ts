import { copyFile, readFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { UsageError, type CliContext } from '../cli-io'
import { agreementIdByReference } from './agreement-by-reference'
import { passphraseFrom, SIGNING_OPTIONS } from './signing-options'

const USAGE =
  'documents sign-received --ref REF --p12 FICHIER --passphrase-env VARIABLE --place LIEU [--title QUALITE] [--out SIGNE.pdf]'

/**
 * `documents sign-received`: on the partner's installation, signs the PDF La Poste signed and sent in an exchange
 * file, and records it: the next export sends it back to La Poste. The passphrase comes from an environment
 * variable, never from the command line.
 */
export async function runSignReceived(args: string[], context: CliContext): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      ref: { type: 'string' },
      ...SIGNING_OPTIONS
    },
    strict: true
  })
  if (!values.ref || !values.p12 || !values['passphrase-env'] || !values.place) throw new UsageError(USAGE)
  const passphrase = passphraseFrom(values['passphrase-env'])
  const agreementId = await agreementIdByReference(context.db, values.ref)
  const version = await context.services.signatures.signReceivedHere({
    agreementId,
    place: values.place,
    signerTitle: values.title ?? '',
    p12: await readFile(resolve(values.p12)),
    passphrase
  })
  const recorded = join(context.services.documents.folder, version.fileName)
  if (values.out === undefined) return context.output.out(recorded)
  const out = resolve(values.out)
  await copyFile(recorded, out)
  context.output.out(out)
}

import { copyFile, mkdir, readFile } from 'node:fs/promises'
import { writeFileAtomic } from '../../services/files/atomic-write'
import { basename, join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { signingPartySchema } from '../../shared/signatures/signature.schema'
import { UsageError, type CliContext } from '../cli-io'
import { documentTarget, passphraseFrom, SIGNING_OPTIONS } from './signing-options'

/**
 * `documents sign`: signs the latest version for signature with a PKCS#12 file, for one party, writes the signed
 * PDF and Word file to DIR and records them. The passphrase comes from an environment variable, never from the
 * command line (which other users of the machine can read).
 */
export async function runSign(args: string[], context: CliContext): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      ref: { type: 'string' },
      amendment: { type: 'string' },
      party: { type: 'string' },
      ...SIGNING_OPTIONS
    },
    strict: true
  })
  const party = signingPartySchema.safeParse(values.party)
  if (
    !values.ref ||
    !party.success ||
    !values.p12 ||
    !values['passphrase-env'] ||
    !values.place ||
    !values.out
  )
    throw new UsageError(
      'documents sign --ref REF --party la-poste|partner --p12 FICHIER --passphrase-env VARIABLE --place LIEU --out DOSSIER'
    )
  const passphrase = passphraseFrom(values['passphrase-env'])
  const p12 = await readFile(resolve(values.p12))
  const target = await documentTarget(context, values.ref, values.amendment)
  const versions = await context.services.signatures.signing.signWithPkcs12(
    { ...target, party: party.data, place: values.place, signerTitle: values.title ?? '' },
    p12,
    passphrase
  )
  const out = resolve(values.out)
  await mkdir(out, { recursive: true })
  for (const version of versions) {
    const written = join(out, basename(version.fileName))
    await copyFile(join(context.services.documents.folder, version.fileName), written)
    context.output.out(written)
  }
}

/**
 * `documents sign-pdf`: on the other party's installation, adds a signature to a PDF received signed (the
 * convention La Poste signed), after checking the signatures it carries; the signed file goes to --out.
 */
export async function runSignPdf(args: string[], context: CliContext): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      party: { type: 'string' },
      'party-name': { type: 'string' },
      ...SIGNING_OPTIONS
    },
    strict: true
  })
  const [file] = positionals
  const party = signingPartySchema.safeParse(values.party ?? 'partner')
  if (!file || !party.success || !values.p12 || !values['passphrase-env'] || !values.place || !values.out)
    throw new UsageError(
      'documents sign-pdf FICHIER.pdf --p12 FICHIER --passphrase-env VARIABLE --place LIEU --out SIGNE.pdf [--party partner|la-poste] [--party-name NOM]'
    )
  const passphrase = passphraseFrom(values['passphrase-env'])
  const signed = await context.services.signatures.signing.signReceived(
    await readFile(resolve(file)),
    basename(file),
    {
      party: party.data,
      partyName: values['party-name'] ?? (party.data === 'la-poste' ? 'La Poste' : 'le Partenaire'),
      place: values.place,
      signerTitle: values.title ?? ''
    },
    await readFile(resolve(values.p12)),
    passphrase
  )
  const out = resolve(values.out)
  await writeFileAtomic(out, signed)
  context.output.out(out)
}

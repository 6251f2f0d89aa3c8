import { copyFile, mkdir, readFile } from 'node:fs/promises'
import { basename, join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import type { AppServices } from '../../services/app-services'
import { sampleSignatureDataUrl } from '../../services/documents/sample-signature'
import { AppError, NotFoundError } from '../../shared/errors'
import { UsageError, type CliContext } from '../cli-io'
import { runSign, runSignPdf } from './sign'
import { runSignReceived } from './sign-received'

/** `documents generate|verify|sign`. */
export async function runDocuments(args: string[], context: CliContext): Promise<void> {
  const [verb, ...rest] = args
  if (verb === 'generate') return generate(rest, context)
  if (verb === 'verify') return verify(rest, context)
  if (verb === 'sign') return runSign(rest, context)
  if (verb === 'sign-pdf') return runSignPdf(rest, context)
  if (verb === 'sign-received') return runSignReceived(rest, context)
  throw new UsageError(
    verb
      ? `Sous-commande inconnue : documents ${verb}`
      : 'Précisez : documents generate, verify, sign, sign-pdf ou sign-received'
  )
}

async function agreementIds({ db }: CliContext, ref: string | undefined, all: boolean): Promise<number[]> {
  if (all === (ref !== undefined)) throw new UsageError('Précisez soit --ref REFERENCE, soit --all')
  let query = db.selectFrom('agreements').select('id').orderBy('id')
  if (ref !== undefined) query = query.where('reference', '=', ref)
  const rows = await query.execute()
  if (ref !== undefined && rows.length === 0)
    throw new NotFoundError(`Aucune convention de référence ${ref}.`)
  return rows.map((row) => row.id)
}

/**
 * With --signed, an agreement ready for signature is signed with sample drawings, and one already past signature
 * without recorded signatures (demonstration data) gets them; drafts stay drafts.
 */
export async function signedVersion(services: AppServices, agreementId: number) {
  const documents = services.documents
  const existing = await documents.list(agreementId)
  const { agreement } = await services.agreements.get(agreementId)
  const hasSignatures = existing.signatures.some((signature) => signature.amendmentId === null)
  if (agreement.status === 'draft' || hasSignatures) return documents.generate({ agreementId })
  const forSignature = await documents.generate({ agreementId })
  const contact = agreement.partnerId
    ? (await services.partners.get(agreement.partnerId)).contacts.find(
        (entry) => entry.id === agreement.partnerSignatoryContactId
      )
    : undefined
  const signatures = [
    {
      party: 'la-poste' as const,
      method: 'drawn' as const,
      signerName: agreement.laPosteSignatory.name || 'Signataire La Poste',
      signerTitle: agreement.laPosteSignatory.title,
      imageDataUrl: sampleSignatureDataUrl(agreementId)
    },
    {
      party: 'partner' as const,
      method: 'drawn' as const,
      signerName: contact?.name ?? 'Signataire du partenaire',
      signerTitle: contact?.role ?? '',
      imageDataUrl: sampleSignatureDataUrl(agreementId + 7)
    }
  ]
  return documents.sign(
    { versionId: forSignature.id, place: agreement.place || 'Paris', signatures },
    { recordOnSignedAgreement: true }
  )
}

async function generate(args: string[], context: CliContext): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      ref: { type: 'string' },
      all: { type: 'boolean' },
      out: { type: 'string' },
      signed: { type: 'boolean' }
    },
    strict: true
  })
  if (!values.out) throw new UsageError('--out DOSSIER est obligatoire')
  const out = resolve(values.out)
  await mkdir(out, { recursive: true })
  const { services } = context
  const ids = await agreementIds(context, values.ref, values.all === true)
  // Unsigned documents of many agreements render on every core; signing goes one agreement at a time.
  const versions = values.signed
    ? await sequentially(ids, (agreementId) => signedVersion(services, agreementId))
    : await services.documents.generateMany(ids)
  for (const version of versions) {
    const target = join(out, basename(version.fileName))
    await copyFile(join(services.documents.folder, version.fileName), target)
    context.output.out(target)
  }
  for (const path of await sequentially(ids, (agreementId) => amendmentFiles(services, agreementId, out)))
    path.forEach((each) => context.output.out(each))
}

/** Each amendment of the agreement (its latest version, issued now) and the convention as amended by each. */
async function amendmentFiles(services: AppServices, agreementId: number, out: string): Promise<string[]> {
  const { amendments } = await services.documents.list(agreementId)
  const written: string[] = []
  for (const amendment of amendments) {
    const version = await services.documents.generate({ agreementId, amendmentId: amendment.id })
    const target = join(out, basename(version.fileName))
    await copyFile(join(services.documents.folder, version.fileName), target)
    const consolidated = { agreementId, amendmentId: amendment.id }
    const name = await services.documents.amendments.consolidated.suggestedName(consolidated)
    written.push(
      target,
      await services.documents.amendments.consolidated.writeDocx(consolidated, join(out, name))
    )
  }
  return written
}

async function sequentially<T>(ids: readonly number[], task: (id: number) => Promise<T>): Promise<T[]> {
  const results: T[] = []
  for (const id of ids) results.push(await task(id))
  return results
}

async function verify(args: string[], { services, output }: CliContext): Promise<void> {
  const { positionals } = parseArgs({ args, allowPositionals: true, strict: true })
  const [file] = positionals
  if (!file) throw new UsageError('Précisez le fichier à vérifier : documents verify FICHIER')
  const result = await services.documents.verifyBytes(await readFile(resolve(file)))
  const invalidSignature = result.signatures?.some((signature) => !signature.valid) ?? false
  // The same text re-saved is still the issued text: success, with the message that says so.
  if ((result.status !== 'issued' && result.status !== 'resaved') || invalidSignature)
    throw new AppError(result.status === 'unknown' ? 'NOT_FOUND' : 'CONFLICT', result.message)
  output.out(result.message)
}

import { open, rm } from 'node:fs/promises'
import { dirname } from 'node:path'
import type { AppDatabase } from '../../db/schema'
import { localIsoDate } from '../../shared/agreements/agreement-dates'
import type { ConflictChoice, ImportOutcome, ImportPreview } from '../../shared/domain/exchange'
import { formatFingerprint, type BundleSender, type RefusedItem } from '../../shared/exchange/bundle-sender'
import type { BundleManifest } from '../../shared/exchange/bundle-manifest.schema'
import { ConflictError, ValidationError } from '../../shared/errors'
import type { Settings } from '../../shared/schemas/settings.schema'
import type { CommuneDirectory } from '../communes/commune-directory'
import { amendmentReference } from '../documents/amendment.repository'
import { assessSender, rememberSender } from '../trust/known-senders'
import { readBundle, type VerifiedBundle } from './bundle-reader'
import type { EvidenceFilter } from './evidence-filter'
import { mergeAmendments, planAmendments } from './import-amendments'
import { findUnrecorded, recordImportedDocuments } from './import-document-records'
import {
  extractDocuments,
  importedDocumentName,
  importedDocumentPath,
  incomingFolderFor,
  placeDocument,
  removeUnrecordedFiles
} from './import-documents'
import { bundleOrigin, mergeBundle, writesSomething } from './import-merge'
import { acceptsEvidence, planImport, toPreview, type ImportPlan } from './import-plan'
import { validateIncoming, type IncomingVerdicts } from './import-validation'
import type { UnzipLimits } from './zip-reader'

export interface ImportDeps {
  db: AppDatabase
  documentsFolder: string
  now: () => Date
  communes: () => Promise<CommuneDirectory>
  /** This installation's Settings: the signing gate builds the convention as it would print here. */
  settings: () => Promise<Settings>
  limits: UnzipLimits
  backupBeforeImport?: (() => Promise<{ name: string }>) | undefined
  report: (done: number, total: number) => void
}

export interface ImportRequest {
  filePath: string
  /** Per conflicting reference; `defaultChoice` settles the others (the CLI's --on-conflict). */
  choices?: Readonly<Record<string, ConflictChoice>>
  defaultChoice?: ConflictChoice
  /** The coordinator checked with the sender: import although the key changed or the bundle is not signed. */
  acceptSender?: boolean
}

/** A bundle read, checked and judged against local rules: what a preview computes and its import reuses. */
export interface AnalysedBundle {
  bundle: VerifiedBundle
  verdicts: IncomingVerdicts
}

export async function analyseBundle(deps: ImportDeps, filePath: string): Promise<AnalysedBundle> {
  const bundle = await readBundle(filePath, deps.limits)
  const benefits = await deps.db.selectFrom('benefits').select(['code', 'label']).execute()
  const domains = await deps.db.selectFrom('action_domains').select(['code', 'label']).execute()
  const verdicts = await validateIncoming(bundle.manifest, {
    communes: deps.communes,
    today: localIsoDate(deps.now()),
    settings: await deps.settings(),
    benefitLabels: new Map(benefits.map((row) => [row.code, row.label])),
    domainLabels: new Map([
      ...domains.map((row): [string, string] => [row.code, row.label]),
      ...bundle.manifest.domains.map((domain): [string, string] => [domain.code, domain.label])
    ])
  })
  return { bundle, verdicts }
}

/** Who sent it, as this installation knows them now (a key may have been accepted since the preview). */
function senderOf(deps: ImportDeps, { bundle }: AnalysedBundle): Promise<BundleSender> {
  return assessSender(deps.db, bundle.manifest.exportedBy, bundle.signer)
}

/**
 * What the import takes of each agreement's files and signatures: those of agreements it accepts, and of an
 * agreement signed here only its amendments' (a signed convention is never given another signed text).
 */
function evidenceFilter(plan: ImportPlan, choices: Readonly<Record<string, ConflictChoice>>): EvidenceFilter {
  const byReference = new Map(plan.agreements.map((item) => [item.incoming.reference, item]))
  return (reference, amendmentNumber) => {
    const item = byReference.get(reference)
    if (!item || !acceptsEvidence(item, choices[reference])) return false
    return amendmentNumber !== null || !item.lockedHere
  }
}

/** The documents and signatures a bundle brings for agreements signed here: refused, and said so. */
async function lockedEvidence(
  db: AppDatabase,
  manifest: BundleManifest,
  plan: ImportPlan
): Promise<RefusedItem[]> {
  const locked = new Set(
    plan.agreements.filter((item) => item.lockedHere).map((item) => item.incoming.reference)
  )
  const unrecorded = await findUnrecorded(
    db,
    manifest,
    (reference, number) => number === null && locked.has(reference)
  )
  const reason = (reference: string) =>
    `la convention ${reference} est signée ici : elle ne reçoit plus d'autre texte ni d'autre signature, seulement des avenants.`
  return [
    ...unrecorded.documents.map((document) => ({
      subject: `Document « ${document.path} »`,
      reasons: [reason(document.agreementReference)]
    })),
    ...unrecorded.signatures.map(({ reference, signature }) => ({
      subject: `Signature de ${signature.signerName || 'la partie signataire'} (${reference})`,
      reasons: [reason(reference)]
    }))
  ]
}

function resolveChoices(plan: ImportPlan, request: ImportRequest): Record<string, ConflictChoice> {
  const choices: Record<string, ConflictChoice> = {}
  const unresolved: string[] = []
  for (const item of plan.agreements) {
    if (item.category !== 'conflict') continue
    const choice = request.choices?.[item.incoming.reference] ?? request.defaultChoice
    if (choice) choices[item.incoming.reference] = choice
    else unresolved.push(item.incoming.reference)
  }
  if (unresolved.length > 0)
    throw new ValidationError(
      `Choisissez, pour chaque conflit, de garder votre version ou de prendre celle du fichier : ${unresolved.join(', ')}.`
    )
  return choices
}

function confirmationNeeded(sender: BundleSender): ValidationError {
  const who = [sender.name, sender.region && `(${sender.region})`].filter(Boolean).join(' ') || "l'expéditeur"
  return new ValidationError(
    sender.status === 'changed'
      ? `La clé de signature de ${who} a changé depuis le dernier fichier reçu (nouvelle empreinte ${formatFingerprint(sender.fingerprint ?? '')}) : vérifiez-la avec l'expéditeur, puis confirmez l'import.`
      : `Ce fichier d'échange n'est pas signé : rien ne garantit qu'il vient de ${who}. Vérifiez-le avec l'expéditeur, puis confirmez l'import.`
  )
}

/** Makes the new names durable before the commit that records them (Windows journals renames itself). */
async function syncFolders(paths: readonly string[]): Promise<void> {
  if (process.platform === 'win32') return
  for (const folder of new Set(paths.map((path) => dirname(path)))) {
    const handle = await open(folder, 'r')
    try {
      await handle.sync()
    } finally {
      await handle.close()
    }
  }
}

const keptReferences = (differing: ReadonlyArray<{ reference: string; number: number }>) =>
  differing.map(({ reference, number }) => amendmentReference(reference, number))

/** Answers what the import of an analysed bundle would do, writing nothing. */
export async function previewImport(deps: ImportDeps, analysed: AnalysedBundle): Promise<ImportPreview> {
  const { bundle, verdicts } = analysed
  const sender = await senderOf(deps, analysed)
  const plan = await planImport(deps.db, bundle, verdicts)
  // Conflicts are counted as if taken: the preview tells the most the import could bring.
  const takeAll = Object.fromEntries(
    plan.agreements.map((item) => [item.incoming.reference, 'take' as const])
  )
  const accepts = evidenceFilter(plan, takeAll)
  const unrecorded = await findUnrecorded(deps.db, bundle.manifest, accepts)
  const amendments = await planAmendments(deps.db, bundle.manifest, accepts)
  return toPreview(
    bundle,
    { ...plan, refused: [...plan.refused, ...(await lockedEvidence(deps.db, bundle.manifest, plan))] },
    {
      newDocumentCount: unrecorded.documents.length,
      amendmentsKept: keptReferences(amendments.differing),
      sender
    }
  )
}

/**
 * Imports a bundle: everything checked first (fingerprints, signature, sender, every record against local rules),
 * the documents to record streamed to an incoming folder of this call, a backup, then ONE transaction that computes
 * the plan again, puts the files in place (exclusively: a file already there is never this call's to remove),
 * merges the accepted agreements and records their documents and signatures. On failure, only the files this call
 * created and nobody recorded meanwhile are removed.
 */
export async function runImport(
  deps: ImportDeps,
  request: ImportRequest,
  previewed?: AnalysedBundle
): Promise<ImportOutcome> {
  const { db, documentsFolder } = deps
  const analysed = previewed ?? (await analyseBundle(deps, request.filePath))
  const { bundle, verdicts } = analysed
  const sender = await senderOf(deps, analysed)
  const { manifest } = bundle
  if (sender.needsConfirmation && request.acceptSender !== true) throw confirmationNeeded(sender)
  const at = deps.now().toISOString()
  const prePlan = await planImport(db, bundle, verdicts)
  const preChoices = resolveChoices(prePlan, request)
  const preAccepts = evidenceFilter(prePlan, preChoices)
  const preUnrecorded = await findUnrecorded(db, manifest, preAccepts)
  const amendments = await planAmendments(db, manifest, preAccepts)
  const refused = [...prePlan.refused, ...(await lockedEvidence(db, manifest, prePlan))]
  const outcome: ImportOutcome = {
    bundleId: manifest.bundleId,
    created: 0,
    updated: 0,
    kept: 0,
    unchanged: prePlan.agreements.length,
    amendmentsRecorded: 0,
    amendmentsKept: keptReferences(amendments.differing),
    documentsRecorded: 0,
    signaturesRecorded: 0,
    backupName: null,
    refused: refused.length
  }
  const nothingNew =
    !prePlan.agreements.some((item) => writesSomething(item, preChoices[item.incoming.reference])) &&
    amendments.toWrite.length === 0 &&
    preUnrecorded.documents.length === 0 &&
    preUnrecorded.signatures.length === 0
  if (nothingNew) return outcome

  const total = prePlan.agreements.length + preUnrecorded.documents.length
  deps.report(0, total)
  const incoming = incomingFolderFor(documentsFolder)
  const created: string[] = []
  try {
    const extracted = await extractDocuments(bundle, preUnrecorded.documents, incoming)
    deps.report(preUnrecorded.documents.length, total)
    const backup = deps.backupBeforeImport ? await deps.backupBeforeImport() : null
    const origin = bundleOrigin(manifest, bundle.signer?.fingerprint ?? null)
    const result = await db.transaction().execute(async (trx) => {
      const plan = await planImport(trx, bundle, verdicts)
      const choices = resolveChoices(plan, request)
      const accepts = evidenceFilter(plan, choices)
      const unrecorded = await findUnrecorded(trx, manifest, accepts)
      for (const document of unrecorded.documents)
        if (await placeDocument(documentsFolder, document, extracted.get(document.path)))
          created.push(importedDocumentName(document))
      await syncFolders(
        unrecorded.documents.map((document) => importedDocumentPath(documentsFolder, document))
      )
      const counts = await mergeBundle(trx, manifest, plan.agreements, choices, { at, origin })
      const amendmentsRecorded = await mergeAmendments(trx, manifest, accepts, origin, at, plan.agreements)
      const claimedIds = new Map([...extracted].map(([path, file]) => [path, file.claimedId]))
      const recorded = await recordImportedDocuments(trx, manifest, unrecorded, claimedIds, origin, at)
      await rememberSender(trx, sender, bundle.signer, manifest.bundleId, at)
      return { counts, amendmentsRecorded, recorded }
    })
    deps.report(total, total)
    return {
      ...outcome,
      ...result.counts,
      amendmentsRecorded: result.amendmentsRecorded,
      documentsRecorded: result.recorded.documents,
      signaturesRecorded: result.recorded.signatures,
      backupName: backup?.name ?? null
    }
  } catch (error) {
    await removeUnrecordedFiles(db, documentsFolder, created)
    throw error
  } finally {
    await rm(incoming, { recursive: true, force: true })
  }
}

/** One import at a time per service (a double click, a drop during a long import). */
export function createImportSlot() {
  let running = false
  return async <T>(work: () => Promise<T>): Promise<T> => {
    if (running)
      throw new ConflictError(
        "Un import est déjà en cours : attendez qu'il se termine avant d'en lancer un autre."
      )
    running = true
    try {
      return await work()
    } finally {
      running = false
    }
  }
}

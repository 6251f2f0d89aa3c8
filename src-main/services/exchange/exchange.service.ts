import { randomUUID } from 'node:crypto'
import { displayFileName } from '../follow-up/minutes-file'
import type { PendingConflict } from '../../shared/domain/home'
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { AppDatabase } from '../../db/schema'
import type {
  ConflictChoice,
  ExchangeProgress,
  ExportOutcome,
  ExportSelection,
  ImportOutcome,
  ImportPreview
} from '../../shared/domain/exchange'
import { NotFoundError, ValidationError } from '../../shared/errors'
import type { SettingsService } from '../settings/settings.service'
import { readBundle } from './bundle-reader'
import type { DocumentSource } from './document-source'
import { exportBundle } from './export-bundle'
import { copyDocuments, removeFiles } from './import-documents'
import { amendmentReference } from '../documents/amendment.repository'
import { mergeAmendments, planAmendments } from './import-amendments'
import { findUnrecorded, recordImportedDocuments } from './import-document-records'
import { bundleOrigin, mergeBundle, writesSomething } from './import-merge'
import { planImport, toPreview } from './import-plan'
import { DEFAULT_UNZIP_LIMITS, type UnzipLimits } from './safe-unzip'
import { refusedBundle } from './bundle-errors'

export interface ExchangeServiceDeps {
  db: AppDatabase
  settings: SettingsService
  /** The user-data documents folder, where imported documents are copied. */
  documentsFolder: string
  now?: () => Date
  documents?: DocumentSource
  /** Takes a backup before an import writes anything; answers the backup's name. */
  backupBeforeImport?: () => Promise<{ name: string }>
  limits?: UnzipLimits
}

export interface ImportRequest {
  filePath: string
  /** Per conflicting reference; `defaultChoice` settles the others (the CLI's --on-conflict). */
  choices?: Readonly<Record<string, ConflictChoice>>
  defaultChoice?: ConflictChoice
}

export type ExchangeService = ReturnType<typeof createExchangeService>

/** `AD-2026-33-0042-A1`: how the coordinator is told which amendments were kept. */
const keptReferences = (differing: ReadonlyArray<{ reference: string; number: number }>) =>
  differing.map(({ reference, number }) => amendmentReference(reference, number))

/** Export bundles and safe, previewed, all-or-nothing imports. */
export function createExchangeService({
  db,
  settings,
  documentsFolder,
  now = () => new Date(),
  documents,
  backupBeforeImport,
  limits = DEFAULT_UNZIP_LIMITS
}: ExchangeServiceDeps) {
  let progress: ExchangeProgress | null = null
  const staged = new Map<string, string>()
  /** Previews of staged bundles with conflicts, until imported: the home page lists them (one per bundle). */
  const pending = new Map<string, PendingConflict & { bundleId: string }>()
  let stagingFolder: string | null = null

  const track = (onProgress?: (value: ExchangeProgress) => void) => (value: ExchangeProgress) => {
    progress = value
    onProgress?.(value)
  }

  async function exportTo(request: {
    selection: ExportSelection
    filePath: string
    anonymised?: boolean
    onProgress?: (value: ExchangeProgress) => void
  }): Promise<ExportOutcome> {
    try {
      return await exportBundle(
        { db, settings, now, documents },
        {
          selection: request.selection,
          filePath: request.filePath,
          anonymised: request.anonymised ?? false,
          onProgress: track(request.onProgress)
        }
      )
    } finally {
      progress = null
    }
  }

  async function preview(filePath: string): Promise<ImportPreview> {
    const bundle = await readBundle(filePath, limits)
    const unrecorded = await findUnrecorded(db, bundle.manifest)
    const amendments = await planAmendments(db, bundle.manifest)
    return toPreview(bundle, await planImport(db, bundle), {
      newDocumentCount: unrecorded.documents.length,
      amendmentsKept: keptReferences(amendments.differing)
    })
  }

  async function importFile(request: ImportRequest): Promise<ImportOutcome> {
    const bundle = await readBundle(request.filePath, limits)
    const report = track()
    const at = now().toISOString()
    const plan = await planImport(db, bundle)
    const choices: Record<string, ConflictChoice> = {}
    const unresolved: string[] = []
    for (const item of plan) {
      if (item.category !== 'conflict') continue
      const choice = request.choices?.[item.incoming.reference] ?? request.defaultChoice
      if (choice) choices[item.incoming.reference] = choice
      else unresolved.push(item.incoming.reference)
    }
    if (unresolved.length > 0)
      throw new ValidationError(
        `Choisissez, pour chaque conflit, de garder votre version ou de prendre celle du fichier : ${unresolved.join(', ')}.`
      )
    const toWrite = plan.filter((item) => writesSomething(item, choices[item.incoming.reference]))
    const unrecorded = await findUnrecorded(db, bundle.manifest)
    const amendments = await planAmendments(db, bundle.manifest)
    const outcome: ImportOutcome = {
      bundleId: bundle.manifest.bundleId,
      created: 0,
      updated: 0,
      kept: 0,
      unchanged: plan.length,
      amendmentsRecorded: 0,
      amendmentsKept: keptReferences(amendments.differing),
      documentsRecorded: 0,
      signaturesRecorded: 0,
      backupName: null
    }
    const nothingNew =
      toWrite.length === 0 &&
      amendments.toWrite.length === 0 &&
      unrecorded.documents.length === 0 &&
      unrecorded.signatures.length === 0
    if (nothingNew) return outcome
    const total = plan.length + unrecorded.documents.length
    try {
      report({ phase: 'import', done: 0, total })
      const copied = await copyDocuments(documentsFolder, unrecorded.documents, bundle.files)
      report({ phase: 'import', done: unrecorded.documents.length, total })
      const backup = backupBeforeImport ? await backupBeforeImport() : null
      try {
        const origin = bundleOrigin(bundle.manifest)
        const { counts, amendmentsRecorded, recorded } = await db.transaction().execute(async (trx) => ({
          counts: await mergeBundle(trx, bundle.manifest, plan, choices, at),
          amendmentsRecorded: await mergeAmendments(trx, bundle.manifest, origin, at),
          recorded: await recordImportedDocuments(trx, bundle.manifest, bundle.files, origin, at)
        }))
        report({ phase: 'import', done: total, total })
        return {
          ...outcome,
          ...counts,
          amendmentsRecorded,
          documentsRecorded: recorded.documents,
          signaturesRecorded: recorded.signatures,
          backupName: backup?.name ?? null
        }
      } catch (error) {
        await removeFiles(copied)
        throw error
      }
    } finally {
      progress = null
    }
  }

  /** Stages a copy the renderer cannot change between the preview and the import, and answers its token. */
  async function stage(write: (target: string) => Promise<void>): Promise<string> {
    stagingFolder ??= await mkdtemp(join(tmpdir(), 'alliance-exchange-'))
    await mkdir(stagingFolder, { recursive: true })
    const token = randomUUID()
    const target = join(stagingFolder, `${token}.zip`)
    await write(target)
    staged.set(token, target)
    return token
  }

  function stagedPath(token: string): string {
    const path = staged.get(token)
    if (!path)
      throw new NotFoundError("Ce fichier d'échange n'est plus disponible : choisissez-le de nouveau.")
    return path
  }

  return {
    export: exportTo,
    preview,
    importFile,
    /** The running export's or import's progress, for the renderer to poll; null when idle. */
    progress: (): ExchangeProgress | null => progress,
    stageFile: (path: string) =>
      stage(async (target) => {
        try {
          await copyFile(path, target)
        } catch {
          throw refusedBundle(`le fichier « ${path} » est introuvable ou illisible.`)
        }
      }),
    stageBytes: (bytes: Uint8Array) => stage((target) => writeFile(target, bytes)),
    previewStaged: async (token: string, fileName = 'fichier reçu') => {
      const shown = await preview(stagedPath(token))
      for (const [key, entry] of pending) if (entry.bundleId === shown.bundleId) pending.delete(key)
      if (shown.counts.conflict > 0)
        pending.set(token, {
          token,
          bundleId: shown.bundleId,
          fileName: displayFileName(fileName),
          exportedBy: [shown.exportedBy.name, shown.exportedBy.region]
            .filter((part) => part !== '')
            .join(', '),
          conflicts: shown.counts.conflict
        })
      return shown
    },
    pendingConflicts: (): PendingConflict[] => [...pending.values()],
    importStaged: async (token: string, choices: Readonly<Record<string, ConflictChoice>>) => {
      const outcome = await importFile({ filePath: stagedPath(token), choices })
      await rm(stagedPath(token), { force: true })
      staged.delete(token)
      for (const [key, entry] of pending) if (entry.bundleId === outcome.bundleId) pending.delete(key)
      return outcome
    }
  }
}

import { copyFile, writeFile } from 'node:fs/promises'
import { displayFileName } from '../follow-up/minutes-file'
import type { PendingConflict } from '../../shared/domain/home'
import type { AppDatabase } from '../../db/schema'
import type {
  ConflictChoice,
  ExchangeProgress,
  ExportOutcome,
  ExportSelection,
  ImportOutcome,
  ImportPreview
} from '../../shared/domain/exchange'
import { loadOfficialCommuneDirectory, type CommuneDirectory } from '../communes/commune-directory'
import type { SettingsService } from '../settings/settings.service'
import { refusedBundle } from './bundle-errors'
import type { DocumentSource } from './document-source'
import { exportBundle } from './export-bundle'
import {
  analyseBundle,
  createImportSlot,
  type AnalysedBundle,
  type ImportDeps,
  type ImportRequest
} from './import-run'
import { importWithReturnedPdfs, previewWithReturnedPdfs, type ReturnedPdfChecks } from './signed-pdf-import'
import { createReceivedConflicts } from './received-conflicts'
import { createStagedBundles } from './staged-bundles'
import { DEFAULT_UNZIP_LIMITS, type UnzipLimits } from './zip-reader'

export type { ImportRequest } from './import-run'

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
  /** The official communes, against which incoming partners and needs are checked. */
  communes?: () => Promise<CommuneDirectory>
  /** Where dropped and chosen bundles are staged (the system temp folder by default). */
  tempFolder?: string
  /** Checks and records the conventions La Poste signed that come back signed by the partner. */
  returnedPdfs?: ReturnedPdfChecks
}

export type ExchangeService = ReturnType<typeof createExchangeService>

/** Export bundles (signed) and safe, previewed, all-or-nothing imports, one at a time. */
export function createExchangeService({
  db,
  settings,
  documentsFolder,
  now = () => new Date(),
  documents,
  backupBeforeImport,
  limits = DEFAULT_UNZIP_LIMITS,
  communes = loadOfficialCommuneDirectory,
  tempFolder,
  returnedPdfs
}: ExchangeServiceDeps) {
  let progress: ExchangeProgress | null = null
  const staged = createStagedBundles(tempFolder)
  const importSlot = createImportSlot()
  /**
   * The previewed analysis of each staged copy, reused by its import: the copy cannot change in between, and the
   * manifest of thousands of agreements is then parsed once, not twice.
   */
  const analysedByToken = new Map<string, AnalysedBundle>()
  /**
   * Previews of received bundles with conflicts, until imported: the home page lists them (one per bundle) and asks
   * to reopen the file in Échanges, whose staged copy may since have been discarded.
   */
  const pending = createReceivedConflicts(db, now)

  const track = (onProgress?: (value: ExchangeProgress) => void) => (value: ExchangeProgress) => {
    progress = value
    onProgress?.(value)
  }

  const importDeps: ImportDeps = {
    db,
    documentsFolder,
    now,
    communes,
    settings: () => settings.get(),
    limits,
    backupBeforeImport,
    report: (done, total) => track()({ phase: 'import', done, total })
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

  function importFile(request: ImportRequest, previewed?: AnalysedBundle): Promise<ImportOutcome> {
    return importSlot(async () => {
      try {
        const outcome = await importWithReturnedPdfs(importDeps, returnedPdfs, request, previewed)
        await pending.settled(outcome.bundleId)
        return outcome
      } finally {
        progress = null
      }
    })
  }

  /** The preview of a staged copy; a refused bundle's copy is deleted at once. */
  async function previewStaged(token: string, fileName = 'fichier reçu'): Promise<ImportPreview> {
    let shown: ImportPreview
    try {
      const analysed = await analyseBundle(importDeps, staged.pathOf(token))
      analysedByToken.clear()
      analysedByToken.set(token, analysed)
      shown = await previewWithReturnedPdfs(importDeps, returnedPdfs, analysed)
    } catch (error) {
      await staged.discard(token)
      throw error
    }
    await pending.previewed(shown.bundleId, {
      fileName: displayFileName(fileName),
      exportedBy: [shown.exportedBy.name, shown.exportedBy.region].filter((part) => part !== '').join(', '),
      conflicts: shown.counts.conflict
    })
    return shown
  }

  async function importStaged(
    token: string,
    choices: Readonly<Record<string, ConflictChoice>>,
    acceptSender = false
  ): Promise<ImportOutcome> {
    return staged.consume(token, async (filePath) => {
      const imported = await importFile({ filePath, choices, acceptSender }, analysedByToken.get(token))
      analysedByToken.delete(token)
      return imported
    })
  }

  return {
    export: exportTo,
    preview: async (filePath: string) =>
      previewWithReturnedPdfs(importDeps, returnedPdfs, await analyseBundle(importDeps, filePath)),
    importFile: (request: ImportRequest) => importFile(request),
    /** The running export's or import's progress, for the renderer to poll; null when idle. */
    progress: (): ExchangeProgress | null => progress,
    stageFile: (path: string) =>
      staged.stage(async (target) => {
        try {
          await copyFile(path, target)
        } catch {
          throw refusedBundle(`le fichier « ${path} » est introuvable ou illisible.`)
        }
      }),
    stageBytes: (bytes: Uint8Array) => staged.stage((target) => writeFile(target, bytes)),
    previewStaged,
    pendingConflicts: (): Promise<PendingConflict[]> => pending.list(),
    importStaged
  }
}

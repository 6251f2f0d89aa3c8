import type { AppDatabase } from '../../db/schema'
import type { CommuneDirectory } from '../communes/commune-directory'
import { createNeedService } from '../needs/need.service'
import { createPartnerService } from '../partners/partner.service'
import { getReferenceData } from '../reference/reference.service'
import type { SettingsService } from '../settings/settings.service'
import { createAmendmentService } from './amendments.service'
import { createConsolidatedVersions } from '../amendments/consolidated-versions.service'
import { createClauseLibraryService } from './clauses/clause-library.service'
import { HEADLESS_SHELL, type DocumentShell } from './document-shell'
import { documentsFolderFor } from './document-files'
import { readAgreement } from './document-sources.loader'
import { createDocumentService } from './documents.service'
import { createSigningService } from './signing.service'
import { createVerificationService } from './verification.service'

export interface DocumentServicesDeps {
  db: AppDatabase
  databasePath: string
  documentsFolder?: string | undefined
  shell?: DocumentShell | undefined
  settings: SettingsService
  communes: () => Promise<CommuneDirectory>
  now?: () => Date
}

/** Documents, signatures, verification and amendments, over one documents folder. */
export function createDocumentServices({
  db,
  databasePath,
  documentsFolder = documentsFolderFor(databasePath),
  shell = HEADLESS_SHELL,
  settings,
  communes,
  now
}: DocumentServicesDeps) {
  const withNow = now ? { now } : {}
  const partners = createPartnerService({ db, communes, ...withNow })
  const needs = createNeedService({ db, communes, listAgreements: async () => [], ...withNow })
  const clauses = createClauseLibraryService({
    db,
    editor: async () => (await settings.get()).coordinator.name,
    ...withNow
  })
  const documents = createDocumentService({
    db,
    wordings: clauses.wordings,
    folder: documentsFolder,
    shell,
    readers: {
      agreement: (id) => readAgreement(db, id),
      partner: partners.get,
      need: needs.get,
      settings: settings.get,
      reference: () => getReferenceData(db)
    },
    ...withNow
  })
  const signing = createSigningService({ db, folder: documentsFolder, documents, ...withNow })
  const verification = createVerificationService({ db, folder: documentsFolder })
  const amendments = createAmendmentService({ db, documents, ...withNow })
  return {
    folder: documentsFolder,
    generate: documents.generate,
    generateMany: documents.generateMany,
    preview: documents.preview,
    list: documents.list,
    suggestedName: documents.suggestedName,
    saveAs: documents.saveAs,
    showInFolder: documents.showInFolder,
    print: documents.print,
    exportPdf: documents.exportPdf,
    sign: signing.sign,
    attachScan: signing.attachScan,
    verify: verification.verify,
    verifyBytes: verification.verifyBytes,
    createAmendment: amendments.createWholeArticles,
    /** Amendments with structured changes, and the convention as last amended that the form starts from. */
    amendments: {
      create: amendments.create,
      draftingView: amendments.draftingView,
      consolidated: createConsolidatedVersions({ db, documents })
    },
    /** The clause library (Settings › Clauses): wordings by version. */
    clauses: { list: clauses.list, saveWording: clauses.saveWording, restoreDefault: clauses.restoreDefault },
    /** For benchmarks and tests: what a document is about, before rendering. */
    internal: { target: documents.target }
  }
}

export type DocumentServices = ReturnType<typeof createDocumentServices>

import type { AppDatabase } from '../db/schema'
import type { AppInfo } from '../shared/ipc/contract'
import { loadOfficialCommuneDirectory, type CommuneDirectory } from './communes/commune-directory'
import { createAgreementService } from './agreements/agreement.service'
import { withDraftsFollowingDefaults } from './agreements/drafts-follow-defaults'
import { backupsFolderFor, createBackupService } from './backup/backup.service'
import { createDocumentServices } from './documents/document-services'
import { documentsFolderFor } from './documents/document-files'
import { createExportableDocuments } from './documents/exportable-documents'
import type { DocumentShell } from './documents/document-shell'
import { createNeedService } from './needs/need.service'
import { createExchangeService } from './exchange/exchange.service'
import { withSignedPdfs } from './exchange/signed-pdf-export'
import { createContactErasureService } from './partners/contact-erasure'
import { createPartnerService } from './partners/partner.service'
import { createReferenceListsService } from './reference/reference-lists.service'
import { getReferenceData } from './reference/reference.service'
import { createSettingsService } from './settings/settings.service'
import { createCalendarService } from './calendar/calendar.service'
import { createFollowUpService } from './follow-up/follow-up.service'
import { createMinutesService } from './follow-up/minutes.service'
import { partnerFollowUp } from './follow-up/partner-follow-up'
import { createLifecycleService } from './lifecycle/lifecycle.service'
import { createTerminationLetterService } from './lifecycle/termination-letter.service'
import { createPortfolioService } from './portfolio/portfolio.service'
import type { KeySealer } from './signatures/key-sealer'
import { createReturnedPdfs } from './signatures/returned-pdf'
import { createSignatureServices } from './signatures/signature-services'
import { createDocumentFileLocator } from './desktop/document-file-locator'

export interface AppServicesOptions {
  db: AppDatabase
  databasePath: string
  version: string
  communes?: () => Promise<CommuneDirectory>
  now?: () => Date
  /** Where backups go; by default `backups/` next to the database. */
  backupsFolder?: string
  /** Where issued documents go; by default `documents/` next to the database. */
  documentsFolder?: string
  /** Printing, PDF and the file manager: the Electron shell gives one; elsewhere these actions are refused. */
  documentShell?: DocumentShell
  /** Protection of signing keys by the operating system (Electron's safeStorage); elsewhere a passphrase. */
  keySealer?: KeySealer
}

/** Every service of the app over one database; the Electron shell, the CLI and the tests all build it the same way. */
export function createAppServices({
  db,
  databasePath,
  version,
  communes = loadOfficialCommuneDirectory,
  now,
  backupsFolder = backupsFolderFor(databasePath),
  documentsFolder = documentsFolderFor(databasePath),
  documentShell,
  keySealer
}: AppServicesOptions) {
  const withNow = now ? { now } : {}
  const storedSettings = createSettingsService({ db, ...withNow })
  const agreements = createAgreementService({ db, settings: storedSettings, ...withNow })
  const settings = withDraftsFollowingDefaults(db, storedSettings, agreements)
  const backups = createBackupService({ db, databasePath, folder: backupsFolder, ...withNow })
  const erasure = createContactErasureService({ db, backupsFolder, listBackups: backups.list })
  const exchange = createExchangeService({
    db,
    settings,
    documentsFolder,
    documents: withSignedPdfs(db, documentsFolder, createExportableDocuments(db, documentsFolder)),
    // Created below with the signature services; only called during an import, once everything exists.
    returnedPdfs: {
      awaitingPartner: (reference) => returnedPdfs.awaitingPartner(reference),
      problem: (agreementId, bytes, signedBy) => returnedPdfs.problem(agreementId, bytes, signedBy),
      record: (agreementId, bundleId, bytes) => returnedPdfs.record(agreementId, bundleId, bytes)
    },
    backupBeforeImport: () => backups.create('pre-import'),
    communes,
    ...withNow
  })
  const documents = createDocumentServices({
    db,
    databasePath,
    documentsFolder,
    shell: documentShell,
    settings,
    communes,
    ...withNow
  })
  const signatures = createSignatureServices({
    db,
    documentsFolder,
    documents: { target: documents.internal.target, exportPdf: documents.exportPdf },
    ...(keySealer ? { sealer: keySealer } : {}),
    ...withNow
  })
  const returnedPdfs = createReturnedPdfs({
    db,
    folder: documentsFolder,
    documents: { target: documents.internal.target },
    signing: signatures.signing
  })
  return {
    info: (): AppInfo => ({ version, databasePath }),
    reference: { get: () => getReferenceData(db), ...createReferenceListsService({ db }) },
    settings,
    agreements,
    needs: createNeedService({
      db,
      communes,
      listAgreements: async (needId) => (await agreements.search({ needId, limit: 1000 })).rows,
      ...withNow
    }),
    communes: { byPostalCode: async (postalCode: string) => (await communes()).byPostalCode(postalCode) },
    partners: { ...createPartnerService({ db, communes, ...(now ? { now } : {}) }), ...erasure },
    backups,
    documents,
    exchange,
    lifecycle: {
      ...createLifecycleService({ db, agreements, ...withNow }),
      letters: createTerminationLetterService({
        db,
        folder: documentsFolder,
        agreements,
        partner: createPartnerService({ db, communes, ...withNow }).get,
        settings: settings.get,
        ...withNow
      })
    },
    followUp: {
      ...createFollowUpService({ db, agreements, ...withNow }),
      minutes: createMinutesService({ db, folder: documentsFolder, ...withNow }),
      byPartner: (partnerId: number) => partnerFollowUp(db, partnerId)
    },
    portfolio: createPortfolioService({
      db,
      agreements,
      partners: createPartnerService({ db, communes, ...withNow }),
      needs: createNeedService({ db, communes, listAgreements: async () => [], ...withNow }),
      pendingConflicts: exchange.pendingConflicts,
      ...withNow
    }),
    calendar: createCalendarService({ db, ...withNow }),
    signatures,
    /** « Ouvrir dans Word »: the checked path of a version's recorded file. */
    documentFiles: createDocumentFileLocator({ db, documentsFolder })
  }
}

export type AppServices = ReturnType<typeof createAppServices>

import type { AppDatabase } from '../db/schema'
import type { AppInfo } from '../shared/ipc/contract'
import { loadOfficialCommuneDirectory, type CommuneDirectory } from './communes/commune-directory'
import { createPartnerService } from './partners/partner.service'
import { getReferenceData } from './reference/reference.service'

export interface AppServicesOptions {
  db: AppDatabase
  databasePath: string
  version: string
  communes?: () => Promise<CommuneDirectory>
  now?: () => Date
}

/** Every service of the app over one database; the Electron shell, the CLI and the tests all build it the same way. */
export function createAppServices({
  db,
  databasePath,
  version,
  communes = loadOfficialCommuneDirectory,
  now
}: AppServicesOptions) {
  return {
    info: (): AppInfo => ({ version, databasePath }),
    reference: { get: () => getReferenceData(db) },
    communes: { byPostalCode: async (postalCode: string) => (await communes()).byPostalCode(postalCode) },
    partners: createPartnerService({ db, communes, ...(now ? { now } : {}) })
  }
}

export type AppServices = ReturnType<typeof createAppServices>

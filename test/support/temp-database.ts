import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openDatabase, type OpenedDatabase } from '../../src-main/db/open-database'
import { createAppServices, type AppServices } from '../../src-main/services/app-services'
import type { DocumentShell } from '../../src-main/services/documents/document-shell'

export interface TempDatabase extends OpenedDatabase {
  folder: string
  services: AppServices
  /** Closes the database and deletes its folder. */
  dispose(): Promise<void>
}

export function makeTempFolder(prefix = 'alliance-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix))
}

/**
 * A real SQLite file in a fresh temp folder, migrated, with every service over it; `documentShell` prints PDFs
 * (e.g. `textPdfShell()` for signing tests, where no Chromium prints).
 */
export async function openTempDatabase(
  options: { documentShell?: DocumentShell } = {}
): Promise<TempDatabase> {
  const folder = makeTempFolder()
  const file = join(folder, 'alliance-conventions.sqlite')
  const opened = await openDatabase(file)
  const services = createAppServices({ db: opened.db, databasePath: file, version: 'test', ...options })
  return {
    ...opened,
    folder,
    services,
    async dispose() {
      await opened.close()
      rmSync(folder, { recursive: true, force: true })
    }
  }
}

import { shell } from 'electron'
import { basename } from 'node:path'
import type { DesktopIntegration } from '../services/desktop/desktop-integration'
import type { PendingOpens } from '../services/desktop/pending-opens'
import { AppError } from '../shared/errors'

/** The desktop integration over Electron's shell: files open with the program the system associates with them. */
export function createElectronIntegration(pendingOpens: PendingOpens): DesktopIntegration {
  return {
    pendingOpens,
    async openWithSystem(path) {
      // Only ever a checked .docx or .pdf of the documents folder (document-file-locator.ts).
      const failure = await shell.openPath(path)
      if (failure !== '')
        throw new AppError(
          'NOT_FOUND',
          `Aucun programme n’a pu ouvrir « ${basename(path)} » : installez Word (ou un lecteur PDF), ou utilisez « Ouvrir le dossier ».`
        )
    }
  }
}

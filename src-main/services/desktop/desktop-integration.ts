import { AppError } from '../../shared/errors'
import { PendingOpens } from './pending-opens'

/**
 * What the handlers need from the desktop beyond dialogs: the bundles the system asked to open, and opening a file
 * with its program. Electron implements it in src-main/main; the e2e bridge with a recording stand-in.
 */
export interface DesktopIntegration {
  pendingOpens: PendingOpens
  /** Opens a file with the program the system associates with its type (Word for .docx). */
  openWithSystem(path: string): Promise<void>
}

/** For contexts without a desktop (CLI, tests of other channels): nothing waits, nothing opens. */
export function headlessIntegration(): DesktopIntegration {
  return {
    pendingOpens: new PendingOpens(),
    openWithSystem: () =>
      Promise.reject(
        new AppError('FORBIDDEN', 'Cette action n’est disponible que dans l’application de bureau.')
      )
  }
}

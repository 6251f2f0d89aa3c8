import { AppError } from '../../shared/errors'

/**
 * What only the desktop shell can do with a document: the system print dialog, Chromium's PDF printer and the file
 * manager. Electron implements it in src-main/main; tests implement it with Chromium (page.pdf), so the services
 * that use it stay testable without Electron. Save dialogs come from the shared DesktopPort.
 */
export interface DocumentShell {
  /** Opens the system print dialog on a dedicated print view of this HTML. */
  print(html: string): Promise<void>
  /** Prints this HTML to an A4 PDF. */
  printToPdf(html: string): Promise<Uint8Array>
  /** Shows the file in the system file manager. */
  showInFolder(path: string): Promise<void>
}

function unavailable(): never {
  throw new AppError('FORBIDDEN', 'Cette action n’est disponible que dans l’application de bureau.')
}

/** The CLI and tests without a desktop: every action explains it is not available here. */
export const HEADLESS_SHELL: DocumentShell = {
  print: async () => unavailable(),
  printToPdf: async () => unavailable(),
  showInFolder: async () => unavailable()
}

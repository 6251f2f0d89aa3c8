import { AppError } from '../../shared/errors'

/**
 * What only the desktop shell can do: dialogs, the system print dialog, Chromium's PDF printer and the file manager.
 * Electron implements it in src-main/main; tests implement it with Chromium (page.pdf) and temp folders, so the
 * handlers that use it stay testable without Electron.
 */
export interface DesktopPort {
  /** Asks where to save and writes the bytes there; null when the user cancels. */
  saveFile(defaultName: string, bytes: Uint8Array): Promise<string | null>
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
export const HEADLESS_DESKTOP: DesktopPort = {
  saveFile: async () => unavailable(),
  print: async () => unavailable(),
  printToPdf: async () => unavailable(),
  showInFolder: async () => unavailable()
}

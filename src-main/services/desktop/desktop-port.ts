import { AppError } from '../../shared/errors'

export interface FileDialogOptions {
  title: string
  /** For a save dialog: the proposed file name. */
  defaultName?: string
  filters: Array<{ name: string; extensions: string[] }>
}

/**
 * What the handlers need from the desktop shell (native file dialogs), injected so that handlers run without
 * Electron: the Electron main process implements it with `dialog`, the e2e bridge with fixed paths.
 */
export interface DesktopPort {
  /** The path chosen in a save dialog, or null when cancelled. */
  chooseSavePath(options: FileDialogOptions): Promise<string | null>
  /** The path chosen in an open dialog, or null when cancelled. */
  chooseOpenPath(options: FileDialogOptions): Promise<string | null>
  /** A system notification (the start-up reminder of what falls due this week); absent in the CLI and tests. */
  notify?(notification: { title: string; body: string }): void
}

/** For contexts without a window (CLI, tests of other channels): any dialog request is refused plainly. */
export const HEADLESS_DESKTOP: DesktopPort = {
  chooseSavePath: () =>
    Promise.reject(new AppError('FORBIDDEN', "Aucune fenêtre n'est disponible pour choisir un fichier.")),
  chooseOpenPath: () =>
    Promise.reject(new AppError('FORBIDDEN', "Aucune fenêtre n'est disponible pour choisir un fichier."))
}

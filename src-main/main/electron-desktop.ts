import { dialog, Notification, type BrowserWindow } from 'electron'
import type { DesktopPort } from '../services/desktop/desktop-port'

/** The desktop port over Electron's native dialogs, attached to the main window when there is one. */
export function createElectronDesktop(window: () => BrowserWindow | undefined): DesktopPort {
  return {
    async chooseSavePath({ title, defaultName, filters }) {
      const options = { title, filters, ...(defaultName ? { defaultPath: defaultName } : {}) }
      const parent = window()
      const result = parent
        ? await dialog.showSaveDialog(parent, options)
        : await dialog.showSaveDialog(options)
      return result.canceled || !result.filePath ? null : result.filePath
    },
    async chooseOpenPath({ title, filters }) {
      const options = { title, filters, properties: ['openFile' as const] }
      const parent = window()
      const result = parent
        ? await dialog.showOpenDialog(parent, options)
        : await dialog.showOpenDialog(options)
      return result.canceled ? null : (result.filePaths[0] ?? null)
    },
    notify({ title, body }) {
      if (Notification.isSupported()) new Notification({ title, body }).show()
    }
  }
}

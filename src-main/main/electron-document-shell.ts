import { BrowserWindow, shell } from 'electron'
import { randomBytes } from 'node:crypto'
import { rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { DocumentShell } from '../services/documents/document-shell'

/**
 * A dedicated, hidden print view: no preload, no JavaScript, sandboxed, and it may not navigate or open windows.
 * The HTML (already escaped, with its own print CSS) is loaded from a private temp file, then printed.
 */
async function withPrintView<T>(html: string, action: (view: BrowserWindow) => Promise<T>): Promise<T> {
  const file = join(tmpdir(), `alliance-impression-${randomBytes(8).toString('hex')}.html`)
  await writeFile(file, html, { encoding: 'utf8', mode: 0o600 })
  const view = new BrowserWindow({
    show: false,
    webPreferences: {
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      javascript: false,
      disableBlinkFeatures: 'Auxclick'
    }
  })
  view.webContents.on('will-navigate', (event) => event.preventDefault())
  view.webContents.setWindowOpenHandler(() => ({ action: 'deny' }))
  try {
    await view.loadFile(file)
    return await action(view)
  } finally {
    view.destroy()
    await rm(file, { force: true })
  }
}

export function createElectronDocumentShell(): DocumentShell {
  return {
    print: (html) =>
      withPrintView(
        html,
        (view) =>
          new Promise<void>((resolve, reject) => {
            view.webContents.print({ printBackground: true }, (success, reason) =>
              success || reason === 'cancelled' ? resolve() : reject(new Error(reason))
            )
          })
      ),
    printToPdf: (html) =>
      withPrintView(html, (view) =>
        view.webContents.printToPDF({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true })
      ),
    showInFolder: async (path) => shell.showItemInFolder(path)
  }
}

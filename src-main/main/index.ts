import { app, dialog, session, type BrowserWindow } from 'electron'
import { join } from 'node:path'
import { DATABASE_FILE_NAME } from '../db/open-database'
import { startAppSession, type AppSession } from '../ipc/app-session'
import { CallsInFlight } from '../ipc/calls-in-flight'
import { createHandlers } from '../ipc/handlers'
import { createAppServices } from '../services/app-services'
import { AppError } from '../shared/errors'
import { createElectronDesktop } from './electron-desktop'
import { createElectronDocumentShell } from './electron-document-shell'
import { createElectronKeySealer } from './electron-key-sealer'
import { registerIpcHandlers } from './ipc-bridge'
import { installApplicationMenu } from './menu'
import { createMainWindow, rendererOrigin } from './window'

let mainWindow: BrowserWindow | undefined
let appSession: AppSession | undefined
const callsInFlight = new CallsInFlight()
let closingDatabase = false

function databasePath(): string {
  return process.env['ALLIANCE_CONVENTIONS_DB'] ?? join(app.getPath('userData'), DATABASE_FILE_NAME)
}

function hardenSessions(): void {
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-attach-webview', (event) => event.preventDefault())
  })
}

async function start(): Promise<void> {
  hardenSessions()
  const file = databasePath()
  const desktop = createElectronDesktop(() => mainWindow)
  try {
    // A damaged database opens the window on the recovery screen instead (see app-session.ts).
    appSession = await startAppSession(file, (database) =>
      createHandlers(
        createAppServices({
          db: database.db,
          databasePath: file,
          version: app.getVersion(),
          documentShell: createElectronDocumentShell(),
          keySealer: createElectronKeySealer()
        }),
        desktop
      )
    )
  } catch (error) {
    const message =
      error instanceof AppError ? error.message : `Ouverture impossible : ${(error as Error).message}`
    dialog.showErrorBox('Alliance Conventions ne peut pas démarrer', message)
    app.exit(1)
    return
  }
  const renderer = rendererOrigin()
  const current = appSession
  registerIpcHandlers(() => current.handlers(), renderer, callsInFlight)
  installApplicationMenu(app.getPath('userData'))
  mainWindow = createMainWindow(renderer)
}

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return
    if (mainWindow.isMinimized()) mainWindow.restore()
    mainWindow.focus()
  })
  app.on('window-all-closed', () => app.quit())
  // Quit only once the last calls (the wizard's final autosave on close) are answered and the database closed.
  app.on('before-quit', (event) => {
    const opened = appSession?.database()
    if (closingDatabase || !opened) return
    event.preventDefault()
    closingDatabase = true
    void callsInFlight
      .drain()
      .then(() => opened.close())
      .finally(() => app.quit())
  })
  app.whenReady().then(start, (error: unknown) => {
    console.error(error)
    app.exit(1)
  })
}

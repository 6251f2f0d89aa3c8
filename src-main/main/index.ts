import { app, dialog, session, type BrowserWindow } from 'electron'
import { join } from 'node:path'
import { DATABASE_FILE_NAME, type OpenedDatabase } from '../db/open-database'
import { CallsInFlight } from '../ipc/calls-in-flight'
import { createHandlers } from '../ipc/handlers'
import { createAppServices } from '../services/app-services'
import { AppError } from '../shared/errors'
import { createElectronDesktop } from './electron-desktop'
import { createElectronDocumentShell } from './electron-document-shell'
import { registerIpcHandlers } from './ipc-bridge'
import { installApplicationMenu } from './menu'
import { openOrRecover } from './open-or-recover'
import { createMainWindow, rendererOrigin } from './window'

let mainWindow: BrowserWindow | undefined
let database: OpenedDatabase | undefined
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
  try {
    database = await openOrRecover(file)
    if (!database) {
      app.exit(1)
      return
    }
  } catch (error) {
    const message = error instanceof AppError ? error.message : `Ouverture impossible : ${(error as Error).message}`
    dialog.showErrorBox('Alliance Conventions ne peut pas démarrer', message)
    app.exit(1)
    return
  }
  const services = createAppServices({
    db: database.db,
    databasePath: file,
    version: app.getVersion(),
    documentShell: createElectronDocumentShell()
  })
  const renderer = rendererOrigin()
  registerIpcHandlers(
    createHandlers(services, createElectronDesktop(() => mainWindow)),
    renderer,
    callsInFlight
  )
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
    if (closingDatabase || !database) return
    event.preventDefault()
    closingDatabase = true
    const opened = database
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

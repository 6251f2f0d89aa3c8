import { app, dialog, protocol, session, type BrowserWindow } from 'electron'
import { join } from 'node:path'
import { DATABASE_FILE_NAME } from '../db/open-database'
import { startAppSession, type AppSession } from '../ipc/app-session'
import { CallsInFlight } from '../ipc/calls-in-flight'
import { createHandlers } from '../ipc/handlers'
import { createAppServices } from '../services/app-services'
import { bundlePathsFromArgv, platformPathRules } from '../services/desktop/bundle-arguments'
import { PendingOpens } from '../services/desktop/pending-opens'
import { RecentExports, type RecentExport } from '../services/desktop/recent-exports'
import { AppError } from '../shared/errors'
import { APP_SCHEME } from './app-origin'
import { createAppProtocolHandler } from './app-protocol'
import { createElectronDesktop } from './electron-desktop'
import { createElectronDocumentShell } from './electron-document-shell'
import { createElectronKeySealer } from './electron-key-sealer'
import { createElectronIntegration } from './electron-integration'
import { hardenSession } from './harden-session'
import { registerIpcHandlers } from './ipc-bridge'
import { installApplicationMenu } from './menu'
import { reportingExports } from './recent-exports-tracking'
import { createMainWindow, rendererOrigin } from './window'
import { rememberedPlacement, savePlacement } from './window-memory'

// Before `ready`, or the page would get an opaque origin: app:// is a standard, secure scheme, and nothing more
// (no fetch, no CORS, no CSP bypass, no service workers).
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true } }])

let mainWindow: BrowserWindow | undefined
let appSession: AppSession | undefined
const callsInFlight = new CallsInFlight()
const pendingOpens = new PendingOpens()
let closingDatabase = false

function databasePath(): string {
  return process.env['ALLIANCE_CONVENTIONS_DB'] ?? join(app.getPath('userData'), DATABASE_FILE_NAME)
}

/** Queues the bundles named by the system and brings the window forward: on focus, the page takes them. */
function openBundles(argv: readonly string[], workingDirectory: string): void {
  const paths = bundlePathsFromArgv(argv, workingDirectory, platformPathRules())
  if (paths.length === 0) return
  pendingOpens.add(paths)
  if (!mainWindow) return
  if (mainWindow.isMinimized()) mainWindow.restore()
  mainWindow.show()
  mainWindow.focus()
}

async function start(): Promise<void> {
  const renderer = rendererOrigin()
  hardenSession(session.defaultSession, renderer)
  protocol.handle(APP_SCHEME, createAppProtocolHandler({ rendererFolder: join(__dirname, '../renderer') }))
  const dataFolder = app.getPath('userData')
  const file = databasePath()
  const recentExports = RecentExports.inDataFolder(dataFolder)
  const showMenu = (list: readonly RecentExport[]) =>
    installApplicationMenu({ dataFolder, recentExports: list })
  const onExported = (path: string) => {
    app.addRecentDocument(path)
    void recentExports.add(path).then(showMenu, (error: unknown) => {
      console.error('[exports récents] liste non enregistrée', error)
      showMenu(recentExports.list())
    })
  }
  const desktop = createElectronDesktop(() => mainWindow)
  const integration = createElectronIntegration(pendingOpens)
  try {
    // A damaged database opens the window on the recovery screen instead (see app-session.ts).
    appSession = await startAppSession(file, (database) =>
      reportingExports(
        createHandlers(
          createAppServices({
            db: database.db,
            databasePath: file,
            version: app.getVersion(),
            documentShell: createElectronDocumentShell(),
            keySealer: createElectronKeySealer()
          }),
          desktop,
          integration
        ),
        onExported
      )
    )
  } catch (error) {
    const message =
      error instanceof AppError ? error.message : `Ouverture impossible : ${(error as Error).message}`
    dialog.showErrorBox('Alliance Conventions ne peut pas démarrer', message)
    app.exit(1)
    return
  }
  const current = appSession
  registerIpcHandlers(() => current.handlers(), renderer, callsInFlight)
  showMenu(await recentExports.load())
  const window = createMainWindow(renderer, await rememberedPlacement(dataFolder), {
    preload: join(__dirname, '../preload/index.js'),
    icon: join(__dirname, '../../resources/icon.png')
  })
  // Once quitting has begun, before-quit has saved it already (and the process may end before a new write does).
  window.on('close', () => {
    if (!closingDatabase) void callsInFlight.track(savePlacement(window, dataFolder))
  })
  mainWindow = window
}

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  // A bundle double-clicked while the app was closed (Windows, Linux) is on the command line.
  openBundles(process.argv, process.cwd())
  app.on('second-instance', (_event, argv, workingDirectory) => openBundles(argv, workingDirectory))
  // macOS hands files over by event, possibly before `ready`.
  app.on('open-file', (event, path) => {
    event.preventDefault()
    openBundles([process.execPath, path], process.cwd())
  })
  app.on('window-all-closed', () => app.quit())
  // Quit only once the last calls (the wizard's final autosave on close) are answered and the database closed.
  app.on('before-quit', (event) => {
    const opened = appSession?.database()
    if (closingDatabase || !opened) return
    event.preventDefault()
    closingDatabase = true
    if (mainWindow && !mainWindow.isDestroyed())
      void callsInFlight.track(savePlacement(mainWindow, app.getPath('userData')))
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

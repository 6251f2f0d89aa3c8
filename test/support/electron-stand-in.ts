import { EventEmitter } from 'node:events'
import { createRequire, Module } from 'node:module'

/**
 * A small recording stand-in for the `electron` module, enough for the built main bundle to run in Node: it
 * records what the bundle registers (schemes, protocol handlers, IPC handlers, permission handlers, menus,
 * windows) and lets a test play the system (ready, second launch, open-file, quit) and call what was registered.
 */

type Listener = (...args: never[]) => unknown

export interface RecordedEvent {
  event: string
  detail?: unknown
}

export interface ElectronOptions {
  userData: string
  displays?: Array<{ id: number; workArea: { x: number; y: number; width: number; height: number } }>
  saveDialogPath?: () => string | null
}

export class FakeWebContents extends EventEmitter {
  windowOpenHandler: ((details: { url: string }) => { action: string }) | undefined
  loadedUrl: string | undefined
  readonly mainFrame = { url: 'app://renderer/index.html#/' }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
    this.windowOpenHandler = handler
  }
  loadURL(url: string) {
    this.loadedUrl = url
    return Promise.resolve()
  }
  loadFile(file: string) {
    this.loadedUrl = `file://${file}`
    return Promise.resolve()
  }
}

export function createElectronStandIn(options: ElectronOptions) {
  const log: RecordedEvent[] = []
  const record = (event: string, detail?: unknown) => log.push({ event, detail })
  const appEvents = new EventEmitter()
  const ipcHandlers = new Map<string, (event: unknown, input: unknown) => Promise<unknown>>()
  const protocolHandlers = new Map<string, (request: Request) => Promise<Response>>()
  const windows: FakeBrowserWindow[] = []
  const menus: unknown[][] = []
  const session = {
    handlers: {} as Record<string, Listener>,
    spellCheckerEnabled: true,
    events: new EventEmitter()
  }
  let markReady: () => void = () => undefined
  const ready = new Promise<void>((resolve) => {
    markReady = resolve
  })

  class FakeBrowserWindow extends EventEmitter {
    readonly webContents = new FakeWebContents()
    focused = 0
    shown = 0
    destroyed = false
    constructor(readonly options: Record<string, unknown>) {
      super()
      windows.push(this)
      record('BrowserWindow', options)
      appEvents.emit('web-contents-created', {}, this.webContents)
    }
    static fromWebContents(contents: unknown) {
      return windows.find((window) => window.webContents === contents) ?? null
    }
    loadURL = (url: string) => this.webContents.loadURL(url)
    isMinimized = () => false
    restore = () => undefined
    show = () => void (this.shown += 1)
    focus = () => void (this.focused += 1)
    maximize = () => undefined
    isMaximized = () => false
    isDestroyed = () => this.destroyed
    destroy = () => void (this.destroyed = true)
    getNormalBounds = () => ({
      x: Number(this.options['x'] ?? 0),
      y: Number(this.options['y'] ?? 0),
      width: Number(this.options['width']),
      height: Number(this.options['height'])
    })
  }

  const electron = {
    app: {
      name: 'Alliance Conventions',
      isPackaged: true,
      on: (event: string, listener: Listener) => {
        appEvents.on(event, listener as (...args: unknown[]) => void)
        return electron.app
      },
      whenReady: () => ready,
      requestSingleInstanceLock: () => true,
      getPath: (name: string) => {
        if (name !== 'userData') throw new Error(`unexpected getPath(${name})`)
        return options.userData
      },
      getVersion: () => '0.0.0-test',
      addRecentDocument: (path: string) => record('addRecentDocument', path),
      quit: () => {
        record('quit')
        const event = { defaultPrevented: false, preventDefault: () => void (event.defaultPrevented = true) }
        appEvents.emit('before-quit', event)
        if (!event.defaultPrevented) record('quit-done')
      },
      exit: (code: number) => record('exit', code)
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown) => record('registerSchemesAsPrivileged', schemes),
      handle: (scheme: string, handler: (request: Request) => Promise<Response>) => {
        record('protocol.handle', scheme)
        protocolHandlers.set(scheme, handler)
      }
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (handler: Listener) => void (session.handlers['request'] = handler),
        setPermissionCheckHandler: (handler: Listener) => void (session.handlers['check'] = handler),
        setDevicePermissionHandler: (handler: Listener) => void (session.handlers['device'] = handler),
        setSpellCheckerEnabled: (enabled: boolean) => void (session.spellCheckerEnabled = enabled),
        on: (event: string, listener: Listener) =>
          session.events.on(event, listener as (...args: unknown[]) => void)
      }
    },
    ipcMain: {
      handle: (channel: string, handler: (event: unknown, input: unknown) => Promise<unknown>) => {
        // Electron throws on a second handler for a channel; so does the stand-in.
        if (ipcHandlers.has(channel))
          throw new Error(`Attempted to register a second handler for '${channel}'`)
        ipcHandlers.set(channel, handler)
      }
    },
    BrowserWindow: FakeBrowserWindow,
    Menu: {
      buildFromTemplate: (template: unknown[]) => template,
      setApplicationMenu: (menu: unknown[]) => void menus.push(menu)
    },
    screen: {
      getPrimaryDisplay: () => (options.displays ?? DEFAULT_DISPLAYS)[0],
      getAllDisplays: () => options.displays ?? DEFAULT_DISPLAYS
    },
    dialog: {
      showSaveDialog: async () => {
        const filePath = options.saveDialogPath?.() ?? null
        return { canceled: filePath === null, filePath: filePath ?? undefined }
      },
      showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
      showErrorBox: (title: string, message: string) => record('showErrorBox', { title, message }),
      showMessageBox: async () => ({ response: 0 })
    },
    shell: {
      openPath: async (path: string) => {
        record('openPath', path)
        return ''
      },
      showItemInFolder: (path: string) => record('showItemInFolder', path),
      openExternal: async (url: string) => record('openExternal', url)
    }
  }

  return {
    electron,
    log,
    appEvents,
    ipcHandlers,
    protocolHandlers,
    windows,
    menus,
    session,
    /** Plays the system: the app becomes ready. */
    becomeReady: () => {
      record('ready')
      markReady()
    }
  }
}

const DEFAULT_DISPLAYS = [{ id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1040 } }]

export type ElectronStandIn = ReturnType<typeof createElectronStandIn>

type LoadFunction = (request: string, parent: unknown, isMain: boolean) => unknown

/** Loads a CommonJS file with `require('electron')` answered by the stand-in; undoes the hook afterwards. */
export function loadWithElectron(file: string, standIn: ElectronStandIn): void {
  const loader = Module as unknown as { _load: LoadFunction }
  const originalLoad = loader._load
  loader._load = function (request, parent, isMain) {
    return request === 'electron' ? standIn.electron : originalLoad.call(this, request, parent, isMain)
  }
  try {
    const require = createRequire(file)
    delete require.cache[require.resolve(file)]
    require(file)
  } finally {
    loader._load = originalLoad
  }
}

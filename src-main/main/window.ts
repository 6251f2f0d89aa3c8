import { BrowserWindow, shell } from 'electron'
import { join } from 'node:path'
import { decideWindowOpen, mayNavigate, secureWebPreferences, type RendererOrigin } from './security-policy'

export function rendererOrigin(): RendererOrigin {
  const devServer = process.env['ELECTRON_RENDERER_URL']
  return devServer
    ? { kind: 'dev-server', origin: new URL(devServer).origin }
    : { kind: 'file', path: join(__dirname, '../renderer/index.html') }
}

export function createMainWindow(renderer: RendererOrigin): BrowserWindow {
  const window = new BrowserWindow({
    width: 1360,
    height: 860,
    minWidth: 1024,
    minHeight: 640,
    show: false,
    title: 'Alliance Conventions',
    backgroundColor: '#ffffff',
    icon: join(__dirname, '../../resources/icon.png'),
    webPreferences: {
      ...secureWebPreferences(join(__dirname, '../preload/index.js')),
      // The same values as secureWebPreferences (tested there), repeated as literals so the static security audit
      // (electronegativity, which cannot follow a function call) sees them.
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      disableBlinkFeatures: 'Auxclick'
    }
  })

  window.webContents.on('will-navigate', (event, url) => {
    if (!mayNavigate(url, renderer)) event.preventDefault()
  })
  window.webContents.on('will-redirect', (event, url) => {
    if (!mayNavigate(url, renderer)) event.preventDefault()
  })
  window.webContents.setWindowOpenHandler(({ url }) => {
    const decision = decideWindowOpen(url)
    // Audit: openExternal only ever receives https: URLs (decideWindowOpen, tested in security-policy.test.ts).
    if (decision.openInBrowser) void shell.openExternal(url) // eng-disable OPEN_EXTERNAL_JS_CHECK
    return { action: decision.action }
  })
  window.once('ready-to-show', () => window.show())

  if (renderer.kind === 'dev-server') void window.loadURL(process.env['ELECTRON_RENDERER_URL'] as string)
  else void window.loadFile(renderer.path)
  return window
}

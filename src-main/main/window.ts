import { BrowserWindow } from 'electron'
import { APP_ENTRY_URL } from './app-origin'
import { secureWebPreferences, type RendererOrigin } from './security-policy'
import { MAIN_WINDOW_SIZES, type WindowPlacement } from '../services/desktop/window-placement'

export function rendererOrigin(): RendererOrigin {
  const devServer = process.env['ELECTRON_RENDERER_URL']
  return devServer ? { kind: 'dev-server', origin: new URL(devServer).origin } : { kind: 'app' }
}

export interface MainWindowFiles {
  preload: string
  icon: string
}

/**
 * The app window at its remembered place; the page comes from app:// (or the dev server while developing).
 * Navigation and window-open rules apply to every web contents: see harden-session.ts.
 */
export function createMainWindow(
  renderer: RendererOrigin,
  placement: WindowPlacement,
  files: MainWindowFiles
): BrowserWindow {
  const window = new BrowserWindow({
    ...placement.bounds,
    minWidth: MAIN_WINDOW_SIZES.minWidth,
    minHeight: MAIN_WINDOW_SIZES.minHeight,
    show: false,
    title: 'Alliance Conventions',
    backgroundColor: '#ffffff',
    icon: files.icon,
    webPreferences: {
      ...secureWebPreferences(files.preload),
      // The same values as secureWebPreferences (tested there), repeated as literals so the static security audit
      // (electronegativity, which cannot follow a function call) sees them.
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      spellcheck: false,
      disableBlinkFeatures: 'Auxclick'
    }
  })

  window.once('ready-to-show', () => {
    if (placement.maximized) window.maximize()
    window.show()
  })

  const devServer = process.env['ELECTRON_RENDERER_URL']
  void window.loadURL(renderer.kind === 'dev-server' && devServer ? devServer : APP_ENTRY_URL)
  return window
}

import type { WebPreferences } from 'electron'
import { isAppOrigin, parseUrl } from './app-origin'

/** Security decisions of the shell, kept free of Electron imports so they are tested in plain Node. */

export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    // Off: Chromium would download Hunspell dictionaries from Google's servers, and the app works offline.
    spellcheck: false,
    // A middle click would otherwise open a link in a new window without going through the window-open handler.
    disableBlinkFeatures: 'Auxclick'
  }
}

/** Where the renderer legitimately lives: the app:// origin, or the dev server while developing. */
export type RendererOrigin = { kind: 'app' } | { kind: 'dev-server'; origin: string }

/** True when `url` belongs to the app's own origin (any file or hash route of it). */
export function isAppUrl(url: string, renderer: RendererOrigin): boolean {
  const parsed = parseUrl(url)
  if (!parsed) return false
  if (renderer.kind === 'dev-server') return parsed.origin === renderer.origin
  return isAppOrigin(parsed)
}

/** Navigation away from the app's origin (links, drag-and-dropped files, injected redirects) is refused. */
export function mayNavigate(url: string, renderer: RendererOrigin): boolean {
  return isAppUrl(url, renderer)
}

export interface IpcSender {
  /** URL of the frame that sent the message; null when the frame is gone. */
  frameUrl: string | null
  /** Whether that frame is the top frame of the window. */
  isMainFrame: boolean
  /** Whether the message comes from one of the app's own windows. */
  isAppWindow: boolean
}

/** Only the app's own top frame, showing a page of the app's origin, may call the main process. */
export function isTrustedSender(sender: IpcSender, renderer: RendererOrigin): boolean {
  return (
    sender.isAppWindow &&
    sender.isMainFrame &&
    sender.frameUrl !== null &&
    isAppUrl(sender.frameUrl, renderer)
  )
}

export const FORBIDDEN_CALL = {
  ok: false,
  error: { code: 'FORBIDDEN', message: 'Appel refusé : origine non reconnue.' }
} as const

/** Runs `answer` for a call from the app's own page; any other sender gets FORBIDDEN and nothing runs. */
export function answerTrustedSender<T>(
  sender: IpcSender,
  renderer: RendererOrigin,
  answer: () => T
): T | typeof FORBIDDEN_CALL {
  return isTrustedSender(sender, renderer) ? answer() : FORBIDDEN_CALL
}

/**
 * `window.open` and `target=_blank` links never open a window, and nothing is handed to the system browser: the
 * renderer has no external link, so any such request is a bug or an injection, and a URL given to the OS could
 * start another program (smb:, ms-msdt:, file:).
 */
export function decideWindowOpen(): { action: 'deny' } {
  return { action: 'deny' }
}

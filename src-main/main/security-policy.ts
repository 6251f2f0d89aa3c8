import type { WebPreferences } from 'electron'

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
    spellcheck: true,
    // A middle click would otherwise open a link in a new window without going through the window-open handler.
    disableBlinkFeatures: 'Auxclick'
  }
}

/** Where the renderer legitimately lives: the built index.html, or the dev server in development. */
export type RendererOrigin = { kind: 'file'; path: string } | { kind: 'dev-server'; origin: string }

function parse(url: string): URL | undefined {
  try {
    return new URL(url)
  } catch {
    return undefined
  }
}

/** True when `url` is the app's own page (any hash route of it). */
export function isAppUrl(url: string, renderer: RendererOrigin): boolean {
  const parsed = parse(url)
  if (!parsed) return false
  if (renderer.kind === 'dev-server') return parsed.origin === renderer.origin
  return parsed.protocol === 'file:' && decodeURIComponent(parsed.pathname) === renderer.path
}

/** Navigation away from the app page (links, drag-and-dropped files, injected redirects) is refused. */
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

/** Only the app's own top frame, showing the app's own page, may call the main process. */
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

export interface WindowOpenDecision {
  action: 'deny'
  /** Whether the URL is handed to the user's browser: only https, never file:, smb: or a custom scheme. */
  openInBrowser: boolean
}

/** `window.open` and `target=_blank` links never open an app window; web links go to the user's browser. */
export function decideWindowOpen(url: string): WindowOpenDecision {
  return { action: 'deny', openInBrowser: parse(url)?.protocol === 'https:' }
}

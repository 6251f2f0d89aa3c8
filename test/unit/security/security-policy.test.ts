import { describe, expect, it } from 'vitest'
import {
  decideWindowOpen,
  isTrustedSender,
  mayNavigate,
  secureWebPreferences,
  type RendererOrigin
} from '../../../src-main/main/security-policy'

const builtApp: RendererOrigin = {
  kind: 'file',
  path: '/opt/Alliance Conventions/resources/app/out/renderer/index.html'
}
const appUrl = 'file:///opt/Alliance%20Conventions/resources/app/out/renderer/index.html#/partenaires'
const devServer: RendererOrigin = { kind: 'dev-server', origin: 'http://localhost:5173' }

describe('window security settings', () => {
  it('isolates the renderer from Node: context isolation, sandbox, no Node integration anywhere, no webview', () => {
    expect(secureWebPreferences('/app/preload.js')).toMatchObject({
      preload: '/app/preload.js',
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
      disableBlinkFeatures: 'Auxclick'
    })
  })
})

describe('navigation and window.open', () => {
  it.each([
    'https://example.org/',
    'http://localhost:5173/',
    'file:///etc/passwd',
    'file:///opt/Alliance%20Conventions/resources/app/out/renderer/other.html',
    'javascript:alert(1)',
    'not a url'
  ])('refuses to navigate the app window to %s', (url) => {
    expect(mayNavigate(url, builtApp)).toBe(false)
  })

  it('allows the app page itself (its hash routes), and the dev server only in development', () => {
    expect(mayNavigate(appUrl, builtApp)).toBe(true)
    expect(mayNavigate('http://localhost:5173/#/conventions', devServer)).toBe(true)
    expect(mayNavigate('http://localhost:5174/', devServer)).toBe(false)
  })

  it.each([
    ['https://www.lapostegroupe.com/', true],
    ['http://example.org/', false],
    ['file:///C:/Windows/system32/calc.exe', false],
    ['smb://server/share/file.exe', false],
    ['ms-msdt:/id PCWDiagnostic', false],
    [appUrl, false]
  ])('window.open(%s) never opens an app window; handed to the browser: %s', (url, openInBrowser) => {
    expect(decideWindowOpen(url)).toEqual({ action: 'deny', openInBrowser })
  })
})

describe('IPC sender check', () => {
  const appFrame = { frameUrl: appUrl, isMainFrame: true, isAppWindow: true }

  it("accepts the app's own top frame", () => {
    expect(isTrustedSender(appFrame, builtApp)).toBe(true)
  })

  it.each([
    ['an iframe of the app page', { ...appFrame, isMainFrame: false }],
    ['a frame showing another page', { ...appFrame, frameUrl: 'https://evil.example/' }],
    ['a frame that is gone', { ...appFrame, frameUrl: null }],
    ['a window that is not the app’s', { ...appFrame, isAppWindow: false }]
  ])('refuses a call from %s', (_label, sender) => {
    expect(isTrustedSender(sender, builtApp)).toBe(false)
  })
})

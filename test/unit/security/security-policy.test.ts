import { describe, expect, it } from 'vitest'
import {
  decideWindowOpen,
  isTrustedSender,
  mayNavigate,
  secureWebPreferences,
  type RendererOrigin
} from '../../../src-main/main/security-policy'

const builtApp: RendererOrigin = { kind: 'app' }
const appUrl = 'app://renderer/index.html#/partenaires'
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

  it('turns the spellchecker off: Chromium would download its dictionaries from the network', () => {
    expect(secureWebPreferences('/app/preload.js').spellcheck).toBe(false)
  })
})

describe('navigation and window.open compare origins, wherever the app is installed', () => {
  it.each([
    'https://example.org/',
    'http://localhost:5173/',
    'file:///etc/passwd',
    'file:///C:/Program%20Files/Alliance%20Conventions/resources/app.asar/out/renderer/index.html',
    'file://server/share/index.html',
    'app://other/index.html',
    'app://renderer:8080/index.html',
    'app://user@renderer/index.html',
    'apps://renderer/index.html',
    'javascript:alert(1)',
    'not a url'
  ])('refuses to navigate the app window to %s', (url) => {
    expect(mayNavigate(url, builtApp)).toBe(false)
  })

  it.each([
    appUrl,
    'app://renderer/',
    'app://RENDERER/index.html#/conventions',
    'app://renderer/index.html?x=1#/echanges'
  ])('allows a page of the app origin: %s', (url) => {
    expect(mayNavigate(url, builtApp)).toBe(true)
  })

  it('allows the dev server only in development, and only its own origin', () => {
    expect(mayNavigate('http://localhost:5173/#/conventions', devServer)).toBe(true)
    expect(mayNavigate('http://localhost:5174/', devServer)).toBe(false)
    expect(mayNavigate(appUrl, devServer)).toBe(false)
    expect(mayNavigate('http://localhost:5173/', builtApp)).toBe(false)
  })

  it('never opens a window, and hands nothing to the system browser (the renderer has no external link)', () => {
    expect(decideWindowOpen()).toEqual({ action: 'deny' })
  })
})

describe('IPC sender check', () => {
  const appFrame = { frameUrl: appUrl, isMainFrame: true, isAppWindow: true }

  it("accepts the app's own top frame, whatever the install folder (the URL holds no OS path)", () => {
    expect(isTrustedSender(appFrame, builtApp)).toBe(true)
  })

  it.each([
    ['an iframe of the app page', { ...appFrame, isMainFrame: false }],
    ['a frame showing another page', { ...appFrame, frameUrl: 'https://evil.example/' }],
    [
      'the app page opened from disk (file://) on Windows',
      {
        ...appFrame,
        frameUrl:
          'file:///C:/Users/Camille/AppData/Local/Programs/Alliance%20Conventions/resources/app.asar/out/renderer/index.html'
      }
    ],
    ['a local HTML file elsewhere', { ...appFrame, frameUrl: 'file:///tmp/piege.html' }],
    ['the sandboxed document preview (about:srcdoc)', { ...appFrame, frameUrl: 'about:srcdoc' }],
    ['a frame that is gone', { ...appFrame, frameUrl: null }],
    ['a window that is not the app’s', { ...appFrame, isAppWindow: false }]
  ])('refuses a call from %s', (_label, sender) => {
    expect(isTrustedSender(sender, builtApp)).toBe(false)
  })
})

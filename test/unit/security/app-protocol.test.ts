import { posix, win32 } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createAppProtocolHandler, rendererFilePath } from '../../../src-main/main/app-protocol'
import { CONTENT_SECURITY_POLICY_HEADER } from '../../../src-main/main/content-security-policy'

const systems = [
  {
    name: 'Windows',
    rules: win32,
    folder:
      'C:\\Users\\Camille Dupré\\AppData\\Local\\Programs\\Alliance Conventions\\resources\\app.asar\\out\\renderer'
  },
  {
    name: 'POSIX',
    rules: posix,
    folder: '/Applications/Alliance Conventions.app/Contents/Resources/app.asar/out/renderer'
  }
] as const

/** What a URL path becomes as seen by the handler: the URL parser resolves dot segments first, as Chromium does. */
const pathOf = (url: string) => new URL(url).pathname

describe.each(systems)('app:// paths on $name', ({ rules, folder }) => {
  it('serves the built files under the renderer folder, index.html for the root', () => {
    expect(rendererFilePath(folder, pathOf('app://renderer/'), rules)).toBe(rules.join(folder, 'index.html'))
    expect(rendererFilePath(folder, pathOf('app://renderer/assets/index-x1.js'), rules)).toBe(
      rules.join(folder, 'assets', 'index-x1.js')
    )
    expect(rendererFilePath(folder, '/assets/caf%C3%A9%20noir.css', rules)).toBe(
      rules.join(folder, 'assets', 'café noir.css')
    )
  })

  it.each([
    ['a parent folder, encoded', '/%2e%2e/%2e%2e/secrets.txt'],
    ['a parent folder after decoding', '/assets/..%2f..%2fsecrets.txt'],
    ['a backslash (a separator on Windows)', '/..%5C..%5Cwindows%5Cwin.ini'],
    ['a drive letter', '/C:/Windows/win.ini'],
    ['an encoded drive letter', '/C%3A%5CWindows%5Cwin.ini'],
    ['an NTFS alternate stream', '/index.html::$DATA'],
    ['a UNC path', '/%5C%5Cserver%5Cshare%5Cx.js'],
    ['a NUL byte', '/index.html%00.js'],
    ['a Windows device name', '/CON'],
    ['a Windows device name with an extension', '/assets/nul.js'],
    ['a broken escape', '/%E0%A4%A']
  ])('refuses %s', (_label, urlPath) => {
    expect(rendererFilePath(folder, urlPath, rules)).toBeNull()
  })
})

describe('the app:// handler', () => {
  const files = new Map([
    ['/app/out/renderer/index.html', '<!doctype html><title>Alliance</title>'],
    ['/app/out/renderer/assets/index.js', 'console.log(1)'],
    ['/app/out/renderer/assets/source.map', '{}'],
    ['/app/out/secret.js', 'secret()']
  ])
  const read: string[] = []
  const handler = createAppProtocolHandler({
    rendererFolder: '/app/out/renderer',
    rules: posix,
    readFile: async (file) => {
      read.push(file)
      const text = files.get(file)
      if (text === undefined) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' })
      return new TextEncoder().encode(text)
    }
  })
  const get = (url: string, method = 'GET') => handler(new Request(url, { method }))

  it('answers the page with its type, the strict CSP header, nosniff and no referrer', async () => {
    const response = await get('app://renderer/index.html')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY_HEADER)
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(response.headers.get('referrer-policy')).toBe('no-referrer')
    expect(await response.text()).toContain('<title>Alliance</title>')
    expect((await get('app://renderer/assets/index.js')).headers.get('content-type')).toContain('javascript')
  })

  it('refuses other hosts, other schemes, writes, and files outside the folder, reading nothing outside it', async () => {
    read.length = 0
    expect((await get('app://other/index.html')).status).toBe(403)
    expect((await get('app://renderer:99/index.html')).status).toBe(403)
    expect((await get('https://renderer/index.html')).status).toBe(403)
    expect((await get('app://renderer/index.html', 'POST')).status).toBe(405)
    expect((await get('app://renderer/..%5Csecret.js')).status).toBe(403)
    expect(read).toEqual([])
    // The URL parser resolves dot segments before the handler sees them: the request stays inside the folder.
    expect((await get('app://renderer/%2e%2e/secret.js')).status).toBe(404)
    expect(read).toEqual(['/app/out/renderer/secret.js'])
  })

  it('serves only the kinds of file the build writes, and answers 404 for a missing one', async () => {
    const refused = await get('app://renderer/assets/source.map')
    expect(refused.status).toBe(404)
    expect(refused.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY_HEADER)
    expect((await get('app://renderer/assets/absent.js')).status).toBe(404)
  })

  it('answers HEAD without a body', async () => {
    const response = await get('app://renderer/index.html', 'HEAD')
    expect(response.status).toBe(200)
    expect(await response.text()).toBe('')
  })
})

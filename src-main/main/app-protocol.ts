import { readFile as readFromDisk } from 'node:fs/promises'
import path from 'node:path'
import { isAppOrigin, parseUrl } from './app-origin'
import { CONTENT_SECURITY_POLICY_HEADER } from './content-security-policy'

/**
 * Serves the built renderer for the app:// scheme (Electron's `protocol.handle`), as a plain function from a
 * fetch Request to a Response so that it runs and is tested in Node, and serves the e2e tests' Chromium too.
 */

/** The path functions used, `path.win32` on Windows: tests pass either to check both. */
export type PathRules = Pick<typeof path.posix, 'resolve' | 'relative' | 'isAbsolute' | 'extname'>

/** Only the kinds of file the build writes; anything else is not served. */
const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2'
}

/** Device names Windows opens whatever the folder (`renderer\CON` is the console), with or without extension. */
const WINDOWS_DEVICE_NAME = /^(con|prn|aux|nul|conin\$|conout\$|com\d|lpt\d)(\..*)?$/i

/**
 * The file inside `rendererFolder` that an app:// URL path names, or null when the path could leave the folder or
 * reach something else than a plain file name on any system: `..`, a backslash (a separator on Windows), a colon
 * (a drive or an NTFS stream), NUL, a Windows device name, or percent-encoding that does not decode.
 */
export function rendererFilePath(
  rendererFolder: string,
  urlPathname: string,
  rules: PathRules
): string | null {
  let decoded: string
  try {
    decoded = decodeURIComponent(urlPathname)
  } catch {
    return null
  }
  if (/[\\:\0]/.test(decoded)) return null
  const segments = decoded.split('/').filter((segment) => segment !== '')
  if (segments.length === 0) segments.push('index.html')
  if (segments.some((segment) => segment === '.' || segment === '..' || WINDOWS_DEVICE_NAME.test(segment)))
    return null
  const root = rules.resolve(rendererFolder)
  const file = rules.resolve(root, ...segments)
  const inside = rules.relative(root, file)
  if (inside === '' || inside.startsWith('..') || rules.isAbsolute(inside)) return null
  return file
}

function securityHeaders(contentType: string): Record<string, string> {
  return {
    'Content-Type': contentType,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY_HEADER,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin'
  }
}

function refusal(status: 403 | 404 | 405): Response {
  return new Response(null, { status, headers: securityHeaders('text/plain; charset=utf-8') })
}

export interface AppProtocolOptions {
  /** The built renderer: `out/renderer`, inside app.asar once packaged. */
  rendererFolder: string
  rules?: PathRules
  readFile?: (file: string) => Promise<Uint8Array<ArrayBuffer>>
}

/** The app:// handler: GET or HEAD of a built file of the renderer, always with the CSP header. */
export function createAppProtocolHandler({
  rendererFolder,
  rules = path,
  readFile = readFromDisk
}: AppProtocolOptions): (request: Request) => Promise<Response> {
  return async (request) => {
    const url = parseUrl(request.url)
    if (!url || !isAppOrigin(url)) return refusal(403)
    if (request.method !== 'GET' && request.method !== 'HEAD') return refusal(405)
    const file = rendererFilePath(rendererFolder, url.pathname, rules)
    if (file === null) return refusal(403)
    const contentType = CONTENT_TYPES[rules.extname(file).toLowerCase()]
    if (!contentType) return refusal(404)
    let body: Uint8Array<ArrayBuffer>
    try {
      body = await readFile(file)
    } catch {
      return refusal(404)
    }
    return new Response(request.method === 'HEAD' ? null : body, {
      status: 200,
      headers: securityHeaders(contentType)
    })
  }
}

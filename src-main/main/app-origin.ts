/**
 * The renderer's own origin. The built page is served from `app://renderer/` (a standard, secure custom scheme,
 * see app-protocol.ts), so every security rule compares origins and never an OS path: the same on Windows, macOS
 * and Linux, and independent of where the app is installed.
 */
export const APP_SCHEME = 'app'
export const APP_HOST = 'renderer'
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`

export function parseUrl(url: string): URL | undefined {
  try {
    return new URL(url)
  } catch {
    return undefined
  }
}

/**
 * True for a URL of the app's origin. Node's URL parser gives custom schemes an opaque origin ("null") and keeps the
 * host's case, whereas Chromium lower-cases the host of a standard scheme: compare the parts, case-insensitively.
 */
export function isAppOrigin(url: URL): boolean {
  return (
    url.protocol === `${APP_SCHEME}:` &&
    url.hostname.toLowerCase() === APP_HOST &&
    url.port === '' &&
    url.username === '' &&
    url.password === ''
  )
}

/**
 * The renderer's Content-Security-Policy, in one place: sent as a response header by the app:// protocol and
 * injected as a meta tag into the built page (a second line of defence, and what the dev server serves).
 *
 * What the built renderer needs, and nothing more: its own scripts and stylesheet, images of its own or from data:
 * URLs (drawn signatures, the document preview's images). It fetches nothing (IPC goes through the preload), embeds
 * no plugin, submits no form, and is never framed.
 */
const BUILT_APP_DIRECTIVES = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'"
] as const

/** `frame-ancestors` is ignored in a meta tag (browsers warn about it): the header alone carries it. */
const HEADER_ONLY_DIRECTIVES = ["frame-ancestors 'none'"] as const

/** Vite's dev server injects inline styles (hot reload) and talks over its own origin and websocket. */
const DEV_SERVER_DIRECTIVES = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self' ws:",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'"
] as const

/** The policy sent as the `Content-Security-Policy` header of every app:// response. */
export const CONTENT_SECURITY_POLICY_HEADER = [...BUILT_APP_DIRECTIVES, ...HEADER_ONLY_DIRECTIVES].join('; ')

/** The policy written into index.html: the built app's, or the dev server's while developing. */
export function contentSecurityPolicyMeta(target: 'built-app' | 'dev-server'): string {
  return (target === 'dev-server' ? DEV_SERVER_DIRECTIVES : BUILT_APP_DIRECTIVES).join('; ')
}

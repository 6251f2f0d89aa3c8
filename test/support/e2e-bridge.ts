import { readFile } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, normalize, resolve } from 'node:path'
import { chromium, type Browser, type Locator, type Page } from 'playwright-core'
import { CallsInFlight } from '../../src-main/ipc/calls-in-flight'
import { dispatch } from '../../src-main/ipc/dispatch'
import { createHandlers, type Handlers } from '../../src-main/ipc/handlers'
import { startAppSession, type AppSession } from '../../src-main/ipc/app-session'
import { createAppServices } from '../../src-main/services/app-services'
import { CHANNELS } from '../../src-main/shared/ipc/channels'
import type { DesktopPort } from '../../src-main/services/desktop/desktop-port'
import { openTempDatabase, type TempDatabase } from './temp-database'
import { FIRST_RUN_DONE_KEY } from '../../src-renderer/src/app/first-run'

/**
 * Test-only stand-in for Electron: serves the BUILT renderer over loopback and answers `window.api` calls with
 * the real main-process dispatcher, handlers and services over a real SQLite file.
 */

const RENDERER_FOLDER = resolve(__dirname, '../../out/renderer')
const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png'
}

export interface E2eApp {
  url: string
  page: Page
  database: TempDatabase
  close(): Promise<void>
}

async function startServer(handlers: () => Handlers, calls: CallsInFlight): Promise<Server> {
  const server = createServer((request, response) => {
    void (async () => {
      const url = new URL(request.url ?? '/', 'http://127.0.0.1')
      if (request.method === 'POST' && url.pathname.startsWith('/__ipc/')) {
        const chunks: Buffer[] = []
        for await (const chunk of request) chunks.push(chunk as Buffer)
        const input: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8') || 'null')
        const envelope = await calls.track(
          dispatch(handlers(), decodeURIComponent(url.pathname.slice('/__ipc/'.length)), input)
        )
        response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(envelope))
        return
      }
      const relative = normalize(url.pathname === '/' ? '/index.html' : url.pathname)
      const file = join(RENDERER_FOLDER, relative)
      if (!file.startsWith(RENDERER_FOLDER)) {
        response.writeHead(403).end()
        return
      }
      try {
        const body = await readFile(file)
        response
          .writeHead(200, { 'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' })
          .end(body)
      } catch {
        response.writeHead(404).end()
      }
    })()
  })
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready))
  return server
}

/** What the preload does in Electron, done in the page: `window.api` built from the channel list. */
function installApiBridge(channels: readonly string[]): void {
  // Like the preload: the app's top frame only (never the sandboxed document preview), and once.
  if (window !== window.top || 'api' in window) return
  const api: Record<string, Record<string, (input: unknown) => Promise<unknown>>> = {}
  for (const channel of channels) {
    const [domain, verb] = channel.split(':') as [string, string]
    api[domain] ??= {}
    api[domain][verb] = async (input: unknown) => {
      const response = await fetch(`/__ipc/${encodeURIComponent(channel)}`, {
        method: 'POST',
        body: JSON.stringify(input ?? {})
      })
      return response.json()
    }
  }
  Object.defineProperty(window, 'api', { value: Object.freeze(api) })
}

let browser: Browser | undefined

export async function launchBrowser(): Promise<Browser> {
  browser ??= await chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run'
    ]
  })
  return browser
}

export async function closeBrowser(): Promise<void> {
  await browser?.close()
  browser = undefined
}

interface OpenedPage {
  url: string
  page: Page
  close(): Promise<void>
}

/**
 * Marks the first-run screen as passed, as a coordinator does with « Plus tard »: tests about other screens start
 * on the app itself; the first-run tests ask for the screen (`firstRun: true`).
 */
function passFirstRun(key: string): void {
  // The app's top frame only: the sandboxed document preview has no storage.
  if (window === window.top) localStorage.setItem(key, 'e2e')
}

async function openAppPage(handlers: () => Handlers, firstRun = false): Promise<OpenedPage> {
  const calls = new CallsInFlight()
  const server = await startServer(handlers, calls)
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`
  const context = await (
    await launchBrowser()
  ).newContext({ viewport: { width: 1280, height: 720 }, locale: 'fr-FR' })
  // Fail a step well before the test's own time-out, so the report names the step.
  context.setDefaultTimeout(15_000)
  await context.addInitScript(installApiBridge, CHANNELS)
  if (!firstRun) await context.addInitScript(passFirstRun, FIRST_RUN_DONE_KEY)
  const page = await context.newPage()
  const pageErrors: Error[] = []
  page.on('pageerror', (error) => pageErrors.push(error))
  await page.goto(url)
  return {
    url,
    page,
    async close() {
      await context.close()
      // Answer the calls the page made before it closed, as the app does before closing its database.
      await calls.drain(50, 2000)
      await new Promise<void>((done) => server.close(() => done()))
      if (pageErrors.length > 0)
        throw new Error(`Errors in the page: ${pageErrors.map((e) => e.message).join('; ')}`)
    }
  }
}

/** Opens the built app in a fresh page over a fresh database (or the one given). */
export async function startE2eApp(
  existing?: TempDatabase,
  options: { desktop?: DesktopPort; firstRun?: boolean } = {}
): Promise<E2eApp> {
  const database = existing ?? (await openTempDatabase())
  const handlers = createHandlers(database.services, options.desktop)
  const opened = await openAppPage(() => handlers, options.firstRun)
  // Let the app settle on its first page (it redirects to the register) before a test navigates elsewhere.
  if (!options.firstRun) {
    await opened.page.getByRole('navigation', { name: 'Navigation principale' }).waitFor()
    await opened.page.waitForURL(/#\/conventions$/)
  }
  return {
    url: opened.url,
    page: opened.page,
    database,
    async close() {
      try {
        await opened.close()
      } finally {
        if (!existing) await database.dispose()
      }
    }
  }
}

/** Starts the app on a database file the way Electron does (start-up check, recovery of a damaged file). */
export async function startE2eAppOnFile(databasePath: string): Promise<OpenedPage & { session: AppSession }> {
  const session = await startAppSession(databasePath, (database) =>
    createHandlers(createAppServices({ db: database.db, databasePath, version: 'e2e' }))
  )
  const opened = await openAppPage(() => session.handlers())
  return {
    ...opened,
    session,
    async close() {
      try {
        await opened.close()
      } finally {
        await session.database()?.close()
      }
    }
  }
}

/** Waits until the element is shown (fails the test after 15 s otherwise). */
export async function shown(locator: Locator): Promise<void> {
  await locator.waitFor({ state: 'visible', timeout: 15_000 })
}

/** Polls a reading of the page until it settles, for vitest's `expect.poll`. */
export const isFocused = (locator: Locator) => () =>
  locator.evaluate((element) => element === document.activeElement)

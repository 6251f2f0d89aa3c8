import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { resolve } from 'node:path'
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core'
import { CallsInFlight } from '../../src-main/ipc/calls-in-flight'
import { dispatch } from '../../src-main/ipc/dispatch'
import { createHandlers, type Handlers } from '../../src-main/ipc/handlers'
import { startAppSession, type AppSession } from '../../src-main/ipc/app-session'
import { APP_ORIGIN } from '../../src-main/main/app-origin'
import { createAppProtocolHandler } from '../../src-main/main/app-protocol'
import { answerTrustedSender } from '../../src-main/main/security-policy'
import { createAppServices } from '../../src-main/services/app-services'
import type { DesktopIntegration } from '../../src-main/services/desktop/desktop-integration'
import { CHANNELS } from '../../src-main/shared/ipc/channels'
import type { DesktopPort } from '../../src-main/services/desktop/desktop-port'
import { openTempDatabase, type TempDatabase } from './temp-database'
import { FIRST_RUN_DONE_KEY } from '../../src-renderer/src/app/first-run'

/**
 * Test-only stand-in for Electron: serves the BUILT renderer over loopback through the app's own app:// handler
 * (same files, same path rules, same CSP header), and answers `window.api` calls with the real sender check,
 * dispatcher, handlers and services over a real SQLite file. Calls travel through a Playwright binding, as IPC
 * does in Electron: the page makes no network request of its own.
 */

const RENDERER_FOLDER = resolve(__dirname, '../../out/renderer')
const IPC_BINDING = '__allianceIpc'

export interface E2eApp {
  url: string
  page: Page
  database: TempDatabase
  close(): Promise<void>
}

/** The loopback server: each request is answered by the app:// handler, as Electron's protocol.handle would. */
async function startServer(): Promise<Server> {
  const serve = createAppProtocolHandler({ rendererFolder: RENDERER_FOLDER })
  const server = createServer((request, response) => {
    void (async () => {
      const url = new URL(request.url ?? '/', 'http://127.0.0.1')
      const answer = await serve(
        new Request(`${APP_ORIGIN}${url.pathname}${url.search}`, { method: request.method ?? 'GET' })
      )
      response
        .writeHead(answer.status, Object.fromEntries(answer.headers))
        .end(Buffer.from(await answer.arrayBuffer()))
    })()
  })
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready))
  return server
}

/** Calls from the page reach the dispatcher only from the app's top frame, as the main process checks. */
async function exposeIpc(
  context: BrowserContext,
  origin: string,
  handlers: () => Handlers,
  calls: CallsInFlight
): Promise<void> {
  await context.exposeBinding(IPC_BINDING, async (source, channel: string, input: unknown) =>
    answerTrustedSender(
      {
        frameUrl: source.frame.url(),
        isMainFrame: source.frame === source.page.mainFrame(),
        isAppWindow: true
      },
      { kind: 'dev-server', origin },
      () => calls.track(dispatch(handlers(), channel, input))
    )
  )
}

/** What the preload does in Electron, done in the page: `window.api` built from the channel list. */
function installApiBridge({ channels, binding }: { channels: readonly string[]; binding: string }): void {
  // Like the preload: the app's top frame only (never the sandboxed document preview), and once.
  if (window !== window.top || 'api' in window) return
  const api: Record<string, Record<string, (input: unknown) => Promise<unknown>>> = {}
  for (const channel of channels) {
    const [domain, verb] = channel.split(':') as [string, string]
    api[domain] ??= {}
    api[domain][verb] = (input: unknown) =>
      (window as unknown as Record<string, (channel: string, input: unknown) => Promise<unknown>>)[binding]?.(
        channel,
        input ?? {}
      ) ?? Promise.reject(new Error('IPC binding missing'))
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
  const server = await startServer()
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`
  const context = await (
    await launchBrowser()
  ).newContext({ viewport: { width: 1280, height: 720 }, locale: 'fr-FR' })
  // Fail a step well before the test's own time-out, so the report names the step.
  context.setDefaultTimeout(15_000)
  await exposeIpc(context, new URL(url).origin, handlers, calls)
  await context.addInitScript(installApiBridge, { channels: CHANNELS, binding: IPC_BINDING })
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
  options: { desktop?: DesktopPort; integration?: DesktopIntegration; firstRun?: boolean } = {}
): Promise<E2eApp> {
  const database = existing ?? (await openTempDatabase())
  const handlers = createHandlers(database.services, options.desktop, options.integration)
  const opened = await openAppPage(() => handlers, options.firstRun)
  // Let the app settle on its first page (the home page « À traiter ») before a test navigates elsewhere.
  if (!options.firstRun) {
    await opened.page.getByRole('navigation', { name: 'Navigation principale' }).waitFor()
    await opened.page.getByRole('heading', { level: 1, name: 'À traiter' }).waitFor()
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

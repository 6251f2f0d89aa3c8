import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CHANNELS } from '../../src-main/shared/ipc/channels'
import { CONTENT_SECURITY_POLICY_HEADER } from '../../src-main/main/content-security-policy'
import { bankPartner, seedNeedAndPartner } from '../support/agreement-fixtures'
import { createElectronStandIn, loadWithElectron, type ElectronStandIn } from '../support/electron-stand-in'
import { makeTempFolder, openTempDatabase } from '../support/temp-database'

/**
 * The BUILT main process (out/main/index.js, after `npm run build`) loaded in Node with a recording stand-in for
 * Electron: what the real file registers, in what order, and how it answers. It cannot replace a run of the real
 * binary; it catches wiring mistakes (a handler missing, a preload path that does not exist, a scheme registered
 * too late) before users do.
 */

const OUT = resolve(import.meta.dirname, '../../out')
const BUNDLE = join(OUT, 'main/index.js')

async function until(condition: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`)
    await new Promise((wait) => setTimeout(wait, 10))
  }
}

interface Launch {
  platform: NodeJS.Platform
  /** The command line the system started the app with. */
  argv: (bundle: string) => string[]
}

const LAUNCHES: Array<[string, Launch]> = [
  [
    'POSIX',
    { platform: 'linux', argv: (bundle) => ['/opt/Alliance Conventions/alliance-conventions', bundle] }
  ],
  [
    'Windows',
    {
      platform: 'win32',
      argv: () => [
        'C:\\Users\\Camille Dupré\\AppData\\Local\\Programs\\Alliance Conventions\\Alliance Conventions.exe',
        '--allow-file-access-from-files'
      ]
    }
  ]
]

describe.each(LAUNCHES)('the built main process, launched on %s', (_system, launch) => {
  const folder = makeTempFolder('alliance-wiring-')
  const userData = join(folder, 'Camille Dupré', 'alliance-conventions')
  const bundlePath = join(folder, 'échange reçu.zip')
  const exportPath = join(folder, 'export du jour.zip')
  let standIn: ElectronStandIn
  const saved = { platform: process.platform, argv: process.argv, db: process.env['ALLIANCE_CONVENTIONS_DB'] }

  beforeAll(async () => {
    expect(existsSync(BUNDLE), 'run `npm run build` first').toBe(true)
    mkdirSync(userData, { recursive: true })
    const source = await openTempDatabase()
    try {
      const { partner, need } = await seedNeedAndPartner(source.services)
      await source.services.agreements.create({ needId: need.id, partnerId: partner.id, type: 'patronage' })
      await source.services.exchange.export({ selection: { kind: 'all' }, filePath: bundlePath })
    } finally {
      await source.dispose()
    }
    Object.defineProperty(process, 'platform', { value: launch.platform })
    process.argv = launch.argv(bundlePath)
    process.env['ALLIANCE_CONVENTIONS_DB'] = join(userData, 'alliance-conventions.sqlite')
    standIn = createElectronStandIn({ userData, saveDialogPath: () => exportPath })
    loadWithElectron(BUNDLE, standIn)
    standIn.becomeReady()
    await until(() => standIn.windows.length === 1, 'the main window')
  })

  afterAll(() => {
    Object.defineProperty(process, 'platform', { value: saved.platform })
    process.argv = saved.argv
    if (saved.db === undefined) delete process.env['ALLIANCE_CONVENTIONS_DB']
    else process.env['ALLIANCE_CONVENTIONS_DB'] = saved.db
    rmSync(folder, { recursive: true, force: true })
  })

  const window = () => {
    const created = standIn.windows[0]
    if (!created) throw new Error('no window')
    return created
  }
  /** A call as the preload sends it, from the app's own top frame unless told otherwise. */
  const invoke = (channel: string, input: unknown = {}, frame = window().webContents.mainFrame) => {
    const handler = standIn.ipcHandlers.get(channel)
    if (!handler) throw new Error(`no handler for ${channel}`)
    return handler({ sender: window().webContents, senderFrame: frame }, input) as Promise<{
      ok: boolean
      value?: unknown
      error?: { code: string; message: string }
    }>
  }

  it('registers app:// as a standard, secure scheme before ready, and nothing more', () => {
    const events = standIn.log.map((entry) => entry.event)
    expect(events.indexOf('registerSchemesAsPrivileged')).toBeLessThan(events.indexOf('ready'))
    expect(standIn.log.find((entry) => entry.event === 'registerSchemesAsPrivileged')?.detail).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true } }
    ])
    expect(events.indexOf('protocol.handle')).toBeGreaterThan(events.indexOf('ready'))
  })

  it('serves the built renderer on app:// with the CSP header, and nothing outside its folder', async () => {
    const serve = standIn.protocolHandlers.get('app')
    if (!serve) throw new Error('app:// not handled')
    const page = await serve(new Request('app://renderer/index.html'))
    expect(page.status).toBe(200)
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY_HEADER)
    expect(await page.text()).toBe(readFileSync(join(OUT, 'renderer/index.html'), 'utf8'))
    expect((await serve(new Request('app://renderer/%2e%2e/main/index.js'))).status).toBe(404)
    expect((await serve(new Request('app://renderer/..%5Cmain%5Cindex.js'))).status).toBe(403)
    expect(window().webContents.loadedUrl).toBe('app://renderer/index.html')
  })

  it('opens the window with the secure preferences and a preload that exists in out/', () => {
    const preferences = window().options['webPreferences'] as Record<string, unknown>
    expect(preferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      webviewTag: false,
      spellcheck: false,
      navigateOnDragDrop: false
    })
    const preload = String(preferences['preload'])
    expect(existsSync(preload)).toBe(true)
    expect(relative(OUT, preload)).toBe(join('preload', 'index.js'))
    expect(window().options).toMatchObject({ width: 1360, height: 860, minWidth: 1024, minHeight: 640 })
  })

  it('answers every contract channel, each registered once, and only for the app’s own top frame', async () => {
    expect([...standIn.ipcHandlers.keys()].sort()).toEqual([...CHANNELS].sort())
    expect(await invoke('app:info')).toMatchObject({ ok: true, value: { version: '0.0.0-test' } })
    const fromIframe = await invoke('app:info', {}, { url: 'app://renderer/index.html' })
    expect(fromIframe).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    const fromFile = await invoke('app:info', {}, { url: 'file:///C:/Users/Camille/piege.html' })
    expect(fromFile).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  })

  it('denies every permission request, check and device, keeps the spellchecker off, and blocks navigation', () => {
    const { request, check, device } = standIn.session.handlers
    const answers: boolean[] = []
    request?.(
      window().webContents as never,
      'media' as never,
      ((granted: boolean) => answers.push(granted)) as never
    )
    expect(answers).toEqual([false])
    expect(check?.(window().webContents as never, 'clipboard-read' as never)).toBe(false)
    expect(device?.({ deviceType: 'usb' } as never)).toBe(false)
    expect(standIn.session.spellCheckerEnabled).toBe(false)
    let prevented = false
    window().webContents.emit(
      'will-navigate',
      { preventDefault: () => (prevented = true) },
      'https://evil.example/'
    )
    expect(prevented).toBe(true)
    expect(window().webContents.windowOpenHandler?.({ url: 'https://www.laposte.fr/' })).toEqual({
      action: 'deny'
    })
  })

  it('hands a bundle from the command line, a second launch or macOS to the window, and focuses it', async () => {
    if (launch.platform === 'win32') {
      // The second launch of a double-click in the Explorer: a name relative to its working folder.
      standIn.appEvents.emit(
        'second-instance',
        {},
        [launch.argv('')[0], '--allow-file-access-from-files', 'échange.zip'],
        'C:\\Users\\Camille Dupré\\Downloads'
      )
      expect(window().focused).toBe(1)
      expect(await invoke('exchange:pendingOpen')).toEqual({ ok: true, value: { fileName: 'échange.zip' } })
      const taken = await invoke('exchange:takePendingOpen')
      expect(taken.error?.message).toContain('C:\\Users\\Camille Dupré\\Downloads\\échange.zip')
      return
    }
    expect(await invoke('exchange:pendingOpen')).toEqual({
      ok: true,
      value: { fileName: 'échange reçu.zip' }
    })
    expect(await invoke('exchange:takePendingOpen')).toMatchObject({
      ok: true,
      value: { fileName: 'échange reçu.zip', preview: { counts: { new: 1 } } }
    })
    const openFile = { defaultPrevented: false, preventDefault: () => (openFile.defaultPrevented = true) }
    standIn.appEvents.emit('open-file', openFile, bundlePath)
    expect(openFile.defaultPrevented).toBe(true)
    expect(window().focused).toBe(1)
    expect(await invoke('exchange:pendingOpen')).toEqual({
      ok: true,
      value: { fileName: 'échange reçu.zip' }
    })
  })

  it('lists an export in the File menu and in the system’s recent documents', async () => {
    const fileMenu = () =>
      (
        (standIn.menus.at(-1) ?? []) as Array<{
          label?: string
          submenu?: Array<{ label?: string; submenu?: unknown }>
        }>
      )
        .find((item) => item.label === 'Fichier')
        ?.submenu?.find((item) => item.label === 'Exports récents')?.submenu as
        Array<{ label: string }> | undefined
    expect(fileMenu()).toEqual([expect.objectContaining({ label: 'Aucun export récent', enabled: false })])
    const partner = await invoke('partners:create', bankPartner())
    const need = await invoke('needs:create', {
      title: 'Aide alimentaire en zone rurale',
      description: 'Des familles isolées sans transport',
      communes: [{ postalCode: '33000', name: 'Bordeaux' }],
      targetPublic: 'Familles isolées',
      peopleReached: 300,
      domainId: null,
      identifiedBy: 'Bureau de poste de Bordeaux'
    })
    expect([partner.error, need.error]).toEqual([undefined, undefined])
    await invoke('agreements:create', {
      needId: (need.value as { id: number }).id,
      partnerId: (partner.value as { id: number }).id,
      type: 'patronage'
    })
    expect(await invoke('exchange:export', { selection: { kind: 'all' }, anonymised: true })).toMatchObject({
      ok: true,
      value: { filePath: exportPath, agreementCount: 1 }
    })
    await until(() => fileMenu()?.[0]?.label === 'export du jour.zip', 'the menu to list the export')
    expect(standIn.log).toContainEqual({ event: 'addRecentDocument', detail: exportPath })
    expect(existsSync(join(userData, 'exports-recents.json'))).toBe(true)
  })

  it('quits only once the calls in flight are answered, then the database is closed, and remembers the window', async () => {
    const wal = `${process.env['ALLIANCE_CONVENTIONS_DB'] ?? ''}-wal`
    expect(existsSync(wal)).toBe(true)
    const call = invoke('backups:create')
    let answeredAt = 0
    void call.then(() => (answeredAt = Date.now()))
    standIn.electron.app.quit()
    expect(standIn.log.filter((entry) => entry.event === 'quit-done')).toEqual([])
    expect((await call).ok).toBe(true)
    await until(() => standIn.log.some((entry) => entry.event === 'quit-done'), 'the app to quit')
    const quitAt = Date.now()
    expect(answeredAt).toBeGreaterThan(0)
    expect(answeredAt).toBeLessThanOrEqual(quitAt)
    expect((await invoke('app:info')).ok).toBe(true)
    // Closing the last connection checkpoints the WAL into the database and removes it.
    expect(existsSync(wal)).toBe(false)
    expect(JSON.parse(readFileSync(join(userData, 'fenetre.json'), 'utf8'))).toMatchObject({
      bounds: { width: 1360, height: 860 },
      maximized: false
    })
  })
})

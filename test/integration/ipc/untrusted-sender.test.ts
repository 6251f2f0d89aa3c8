import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { dispatch } from '../../../src-main/ipc/dispatch'
import { createHandlers } from '../../../src-main/ipc/handlers'
import { answerTrustedSender, type RendererOrigin } from '../../../src-main/main/security-policy'
import { partnerWithContact } from '../../support/durability-fixtures'
import { openTempDatabase, type TempDatabase } from '../../support/temp-database'

const renderer: RendererOrigin = { kind: 'app' }
const appFrame = { frameUrl: 'app://renderer/index.html#/', isMainFrame: true, isAppWindow: true }

/** The same path as the main process's ipcMain handler: sender check, then contract validation and handler. */
describe('IPC calls from an unexpected frame', () => {
  let database: TempDatabase
  beforeEach(async () => {
    database = await openTempDatabase()
  })
  afterEach(async () => {
    await database.dispose()
  })

  const call = (sender: typeof appFrame, channel: string, input: unknown) =>
    answerTrustedSender(sender, renderer, () => dispatch(createHandlers(database.services), channel, input))

  it('are refused with FORBIDDEN and do not reach the service', async () => {
    const input = partnerWithContact('Structure injectée', 'x@exemple.fr')
    const fromIframe = await call({ ...appFrame, isMainFrame: false }, 'partners:create', input)
    const fromElsewhere = await call({ ...appFrame, frameUrl: 'https://evil.example/' }, 'backups:create', {})
    expect(fromIframe).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(fromElsewhere).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(await database.services.partners.list()).toEqual([])
    expect(await database.services.backups.list()).toEqual([])
  })

  it("are answered for the app's own page", async () => {
    const created = await call(
      appFrame,
      'partners:create',
      partnerWithContact('Structure légitime', 'y@exemple.fr')
    )
    expect(created).toMatchObject({ ok: true, value: { name: 'Structure légitime' } })
  })

  it('backups:restore accepts only a backup name, never a path', async () => {
    const reply = await call(appFrame, 'backups:restore', { name: '../../etc/passwd' })
    expect(reply).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
  })
})

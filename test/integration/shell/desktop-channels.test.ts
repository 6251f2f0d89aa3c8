import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { dispatch } from '../../../src-main/ipc/dispatch'
import { createHandlers, type Handlers } from '../../../src-main/ipc/handlers'
import type { DesktopIntegration } from '../../../src-main/services/desktop/desktop-integration'
import { PendingOpens } from '../../../src-main/services/desktop/pending-opens'
import type { StagedImport } from '../../../src-main/shared/ipc/contract'
import { EXPORTING_COORDINATOR, seedNeedAndPartner } from '../../support/agreement-fixtures'
import { readyAgreement } from '../../support/document-fixtures'
import { openTempDatabase, type TempDatabase } from '../../support/temp-database'

/** The desktop as the handlers see it: a queue of bundles the system handed over, and files opened (recorded). */
function recordingIntegration(): DesktopIntegration & { opened: string[] } {
  const opened: string[] = []
  return { pendingOpens: new PendingOpens(), opened, openWithSystem: async (path) => void opened.push(path) }
}

describe('a bundle handed over by the system (double-click, second launch)', () => {
  let exporter: TempDatabase
  let importer: TempDatabase
  let bundle: string
  beforeAll(async () => {
    exporter = await openTempDatabase()
    importer = await openTempDatabase()
    await exporter.services.settings.update({ coordinator: EXPORTING_COORDINATOR })
    const { partner, need } = await seedNeedAndPartner(exporter.services)
    await exporter.services.agreements.create({ needId: need.id, partnerId: partner.id, type: 'patronage' })
    bundle = join(exporter.folder, 'échange reçu.zip')
    await exporter.services.exchange.export({ selection: { kind: 'all' }, filePath: bundle })
  })
  afterAll(async () => {
    await exporter.dispose()
    await importer.dispose()
  })

  it('is announced by name, then previewed like a chosen file and imported with its token', async () => {
    const desktop = recordingIntegration()
    const handlers = createHandlers(importer.services, undefined, desktop)
    expect(await dispatch(handlers, 'exchange:pendingOpen', {})).toEqual({ ok: true, value: null })
    desktop.pendingOpens.add([bundle])
    expect(await dispatch(handlers, 'exchange:pendingOpen', {})).toEqual({
      ok: true,
      value: { fileName: 'échange reçu.zip' }
    })
    const taken = await dispatch(handlers, 'exchange:takePendingOpen', {})
    expect(taken).toMatchObject({
      ok: true,
      value: { fileName: 'échange reçu.zip', preview: { counts: { new: 1 } } }
    })
    // Taken once: a second focus of the window finds nothing waiting.
    expect(await dispatch(handlers, 'exchange:pendingOpen', {})).toEqual({ ok: true, value: null })
    expect(await dispatch(handlers, 'exchange:takePendingOpen', {})).toEqual({ ok: true, value: null })
    const { token } = (taken as { value: StagedImport }).value
    expect(await dispatch(handlers, 'exchange:import', { token, choices: {} })).toMatchObject({
      ok: true,
      value: { created: 1 }
    })
  })

  it('that is not a bundle, or is gone, is refused in French and leaves the queue', async () => {
    const desktop = recordingIntegration()
    const handlers = createHandlers(importer.services, undefined, desktop)
    const fake = join(importer.folder, 'pas-un-paquet.zip')
    writeFileSync(fake, 'ceci n’est pas un zip')
    desktop.pendingOpens.add([fake, join(importer.folder, 'disparu.zip')])
    for (let attempt = 0; attempt < 2; attempt += 1) {
      const refused = await dispatch(handlers, 'exchange:takePendingOpen', {})
      expect(refused).toMatchObject({ ok: false, error: { code: 'BUNDLE_REFUSED' } })
      expect((refused as { error: { message: string } }).error.message).toMatch(/^[A-ZÀ-Ý].*[a-zé»]/u)
    }
    expect(desktop.pendingOpens.peekName()).toBeNull()
  })
})

describe('« Ouvrir dans Word »', () => {
  let database: TempDatabase
  let handlers: Handlers
  let desktop: ReturnType<typeof recordingIntegration>
  beforeAll(async () => {
    database = await openTempDatabase()
    desktop = recordingIntegration()
    handlers = createHandlers(database.services, undefined, desktop)
  })
  afterAll(() => database.dispose())

  it('opens the recorded file of the version inside the documents folder, never a path from the renderer', async () => {
    const agreement = await readyAgreement(database.services, 'economic-cooperation')
    const version = await database.services.documents.generate({ agreementId: agreement.id })
    expect(await dispatch(handlers, 'documents:openInWord', { versionId: version.id })).toEqual({
      ok: true,
      value: null
    })
    expect(desktop.opened).toEqual([join(database.services.documents.folder, version.fileName)])
    const forged = await dispatch(handlers, 'documents:openInWord', {
      versionId: version.id,
      path: 'C:\\Windows\\System32\\calc.exe'
    })
    expect(forged).toMatchObject({ ok: true })
    expect(desktop.opened.at(-1)).toBe(join(database.services.documents.folder, version.fileName))
  })

  it('refuses a record tampered to leave the folder or name a program, and says when the file is gone', async () => {
    const agreement = await readyAgreement(database.services, 'patronage')
    const version = await database.services.documents.generate({ agreementId: agreement.id })
    const before = desktop.opened.length
    const setFileName = (fileName: string) =>
      database.db
        .updateTable('document_versions')
        .set({ file_name: fileName })
        .where('id', '=', version.id)
        .execute()
    const open = () => dispatch(handlers, 'documents:openInWord', { versionId: version.id })

    await setFileName('../../alliance-conventions.sqlite')
    expect(await open()).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    await setFileName('C:\\Windows\\System32\\calc.exe')
    expect(await open()).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    writeFileSync(join(database.services.documents.folder, 'macro.docm'), 'x')
    await setFileName('macro.docm')
    expect(await open()).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', message: 'Seuls les documents Word et PDF s’ouvrent depuis l’application.' }
    })
    await setFileName(`${agreement.reference}/supprime.docx`)
    const gone = await open()
    expect(gone).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    expect((gone as { error: { message: string } }).error.message).toContain('introuvable')
    expect(await dispatch(handlers, 'documents:openInWord', { versionId: 999_999 })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' }
    })
    expect(desktop.opened.length).toBe(before)
  })

  it('is refused plainly where there is no desktop (CLI, tests)', async () => {
    const agreement = await readyAgreement(database.services, 'social-innovation')
    const version = await database.services.documents.generate({ agreementId: agreement.id })
    const headless = createHandlers(database.services)
    expect(await dispatch(headless, 'documents:openInWord', { versionId: version.id })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', message: 'Cette action n’est disponible que dans l’application de bureau.' }
    })
  })
})

import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { dispatch } from '../../../src-main/ipc/dispatch'
import { createHandlers, type Handlers } from '../../../src-main/ipc/handlers'
import type { DesktopPort } from '../../../src-main/services/desktop/desktop-port'
import type { DocumentVersion } from '../../../src-main/shared/domain/document'
import { readyAgreement } from '../../support/document-fixtures'
import { signatureDataUrl } from '../../support/png'
import { openTempDatabase, type TempDatabase } from '../../support/temp-database'

describe('document channels', () => {
  let database: TempDatabase
  let handlers: Handlers
  let chosenPath: string | null
  beforeEach(async () => {
    database = await openTempDatabase()
    chosenPath = join(database.folder, 'copie.docx')
    const desktop: DesktopPort = { chooseSavePath: async () => chosenPath, chooseOpenPath: async () => null }
    handlers = createHandlers(database.services, desktop)
  })
  afterEach(() => database.dispose())

  it('generates, saves a copy where the user chose, and verifies what the renderer sends as bytes', async () => {
    const agreement = await readyAgreement(database.services, 'economic-cooperation')
    const generated = await dispatch(handlers, 'documents:generate', { agreementId: agreement.id })
    expect(generated).toMatchObject({ ok: true, value: { kind: 'for_signature', version: 1 } })
    const version = (generated as { value: DocumentVersion }).value
    expect(await dispatch(handlers, 'documents:saveAs', { versionId: version.id })).toEqual({
      ok: true,
      value: { savedTo: chosenPath }
    })
    const copy = readFileSync(chosenPath as string)
    const verified = await dispatch(handlers, 'documents:verify', {
      fileName: 'copie.docx',
      dataBase64: copy.toString('base64')
    })
    expect(verified).toMatchObject({ ok: true, value: { status: 'issued' } })
    chosenPath = null
    expect(await dispatch(handlers, 'documents:saveAs', { versionId: version.id })).toEqual({
      ok: true,
      value: null
    })
  })

  it('refuses malformed input before any handler runs, with French messages', async () => {
    const bad = await dispatch(handlers, 'documents:sign', {
      versionId: 1,
      place: '',
      signatures: [
        { party: 'la-poste', signerName: 'A', signerTitle: '', imageDataUrl: 'javascript:alert(1)' }
      ]
    })
    expect(bad).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
    const fields = (bad as { error: { fieldErrors: Record<string, string> } }).error.fieldErrors
    expect(Object.values(fields).join(' ')).toContain('PNG')
    expect(await dispatch(handlers, 'documents:verify', { fileName: 'x', dataBase64: '%%%' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' }
    })
  })

  it('signs through the channel, and printing is refused plainly without a desktop', async () => {
    const agreement = await readyAgreement(database.services, 'patronage')
    const version = (
      (await dispatch(handlers, 'documents:generate', { agreementId: agreement.id })) as {
        value: DocumentVersion
      }
    ).value
    const signed = await dispatch(handlers, 'documents:sign', {
      versionId: version.id,
      place: 'Bordeaux',
      signatures: [
        { party: 'la-poste', signerName: 'Claire Martin', signerTitle: '', imageDataUrl: signatureDataUrl() }
      ]
    })
    expect(signed).toMatchObject({ ok: true, value: { kind: 'signed' } })
    expect(await dispatch(handlers, 'documents:print', { agreementId: agreement.id })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' }
    })
  })
})

import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { dispatch } from '../../../src-main/ipc/dispatch'
import { createHandlers, type Handlers } from '../../../src-main/ipc/handlers'
import type { DesktopPort } from '../../../src-main/services/desktop/desktop-port'
import { openTempDatabase, type TempDatabase } from '../../support/temp-database'
import { signedConvention } from './amendment-support'

describe('amendment channels', () => {
  let database: TempDatabase
  let handlers: Handlers
  let chosenPath: string | null
  beforeEach(async () => {
    database = await openTempDatabase()
    chosenPath = join(database.folder, 'consolidée.docx')
    const desktop: DesktopPort = { chooseSavePath: async () => chosenPath, chooseOpenPath: async () => null }
    handlers = createHandlers(database.services, desktop)
  })
  afterEach(() => database.dispose())

  it('parses each change at the border: an unknown kind or an extra field never reaches the service', async () => {
    const agreement = await signedConvention(database.services)
    const base = { agreementId: agreement.id, reason: 'Prolonger', effectiveDate: null }
    expect(
      await dispatch(handlers, 'amendments:create', { ...base, changes: [{ kind: 'rewrite-everything' }] })
    ).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
    expect(
      await dispatch(handlers, 'amendments:create', {
        ...base,
        changes: [{ kind: 'end-date', newEndDate: '2031-12-31', status: 'signed' }]
      })
    ).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
    expect((await database.services.documents.list(agreement.id)).amendments).toEqual([])
    const created = await dispatch(handlers, 'amendments:create', {
      ...base,
      changes: [{ kind: 'end-date', newEndDate: '2031-12-31' }]
    })
    expect(created).toMatchObject({ ok: true, value: { number: 1, status: 'draft' } })
  })

  it('saves the consolidated version where the user chose, and nothing when the dialog is cancelled', async () => {
    const agreement = await signedConvention(database.services)
    const view = await dispatch(handlers, 'amendments:draftingView', { id: agreement.id })
    expect(view).toMatchObject({ ok: true, value: { endDate: '2030-12-31' } })
    expect(
      await dispatch(handlers, 'amendments:saveConsolidated', {
        agreementId: agreement.id,
        amendmentId: null
      })
    ).toEqual({ ok: true, value: { savedTo: chosenPath } })
    expect(
      readFileSync(chosenPath as string)
        .subarray(0, 2)
        .toString()
    ).toBe('PK')
    chosenPath = null
    expect(
      await dispatch(handlers, 'amendments:saveConsolidated', {
        agreementId: agreement.id,
        amendmentId: null
      })
    ).toEqual({ ok: true, value: null })
  })
})

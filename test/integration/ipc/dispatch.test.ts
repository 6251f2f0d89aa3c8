import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { dispatch } from '../../../src-main/ipc/dispatch'
import { createHandlers, type Handlers } from '../../../src-main/ipc/handlers'
import { CHANNELS } from '../../../src-main/shared/ipc/channels'
import { contract } from '../../../src-main/shared/ipc/contract'
import { emptyPartnerInput } from '../../../src-main/shared/schemas/partner.schema'
import { openTempDatabase, type TempDatabase } from '../../support/temp-database'

describe('IPC dispatch', () => {
  let database: TempDatabase
  let handlers: Handlers
  beforeEach(async () => {
    database = await openTempDatabase()
    handlers = createHandlers(database.services)
  })
  afterEach(async () => {
    await database.dispose()
  })

  it('lists exactly the channels of the contract', () => {
    expect([...CHANNELS].sort()).toEqual(Object.keys(contract).sort())
    expect(Object.keys(handlers).sort()).toEqual([...CHANNELS].sort())
  })

  it('answers a valid call with its value', async () => {
    const reply = await dispatch(handlers, 'partners:create', {
      ...emptyPartnerInput(),
      name: 'Familles rurales 64'
    })
    expect(reply).toMatchObject({ ok: true, value: { id: 1, name: 'Familles rurales 64' } })
  })

  it('refuses an unknown channel', async () => {
    expect(await dispatch(handlers, 'fs:readFile', { path: '/etc/passwd' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' }
    })
  })

  it('validates inputs before any handler runs, with French messages per field', async () => {
    const reply = await dispatch(handlers, 'partners:update', { id: -1, data: { name: 42 } })
    expect(reply.ok).toBe(false)
    if (reply.ok) return
    expect(reply.error.code).toBe('VALIDATION')
    expect(reply.error.fieldErrors?.['id']).toBeDefined()
    expect(reply.error.fieldErrors?.['data.name']).toMatch(/[Ee]ntrée invalide|attendu/)
    expect(await database.services.partners.list()).toEqual([])
  })

  it('passes a service refusal through as a typed error', async () => {
    expect(await dispatch(handlers, 'partners:get', { id: 77 })).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: "Le partenaire n° 77 n'existe pas." }
    })
  })

  it('never sends a stack trace to the renderer', async () => {
    const failing = {
      ...handlers,
      'partners:list': () => Promise.reject(new Error('SQLITE_IOERR at /home/x/secret.ts:12'))
    }
    const logError = vi.fn()
    const reply = await dispatch(failing, 'partners:list', {}, logError)
    expect(reply).toEqual({
      ok: false,
      error: {
        code: 'INTERNAL',
        message: "Une erreur inattendue s'est produite : l'opération n'a pas abouti."
      }
    })
    expect(logError).toHaveBeenCalledOnce()
  })
})

import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { dispatch } from '../../../src-main/ipc/dispatch'
import { createHandlers, type Handlers } from '../../../src-main/ipc/handlers'
import { CHANNELS } from '../../../src-main/shared/ipc/channels'
import { contract } from '../../../src-main/shared/ipc/contract'
import { seedNeedAndPartner } from '../../support/agreement-fixtures'
import { openTempDatabase, type TempDatabase } from '../../support/temp-database'

describe('agreement, need and settings channels', () => {
  let database: TempDatabase
  let handlers: Handlers
  beforeEach(async () => {
    database = await openTempDatabase()
    handlers = createHandlers(database.services)
  })
  afterEach(async () => {
    await database.dispose()
  })

  it('lists every channel in the contract', () => {
    expect(Object.keys(contract).sort()).toEqual([...CHANNELS].sort())
  })

  it('creates, autosaves and reads back a draft through validated channels', async () => {
    const { need, partner } = await seedNeedAndPartner(database.services)
    const created = await dispatch(handlers, 'agreements:create', {
      needId: need.id,
      partnerId: partner.id,
      type: 'social-innovation'
    })
    expect(created).toMatchObject({
      ok: true,
      value: { agreement: { status: 'draft', type: 'social-innovation' } }
    })
    const id = created.ok ? (created.value as { agreement: { id: number } }).agreement.id : 0
    const saved = await dispatch(handlers, 'agreements:saveDraft', {
      id,
      step: 5,
      changes: { laPosteCommitments: ['Former'] }
    })
    expect(saved).toMatchObject({
      ok: true,
      value: { agreement: { wizardStep: 5, laPosteCommitments: ['Former'] } }
    })
    expect(await dispatch(handlers, 'agreements:search', { search: 'gironde' })).toMatchObject({
      ok: true,
      value: { total: 1 }
    })
    expect(await dispatch(handlers, 'needs:agreements', { id: need.id })).toMatchObject({
      ok: true,
      value: [{ id }]
    })
  })

  it('rejects malformed input before any service runs, in French', async () => {
    const reply = await dispatch(handlers, 'agreements:saveDraft', {
      id: 1,
      changes: { startDate: '31/12/2026', durationMonths: 0 }
    })
    expect(reply).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        fieldErrors: {
          'changes.startDate': expect.stringContaining('Date invalide'),
          'changes.durationMonths': 'Au moins 1 mois.'
        }
      }
    })
    expect(await dispatch(handlers, 'agreements:get', { id: 4242 })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' }
    })
  })

  it('recommends a type, suggests commitments and reads settings', async () => {
    expect(
      await dispatch(handlers, 'agreements:recommendType', {
        exchange: null,
        payment: null,
        createsMissingService: true,
        laPosteIsBuying: false,
        isGift: false
      })
    ).toMatchObject({ ok: true, value: { type: 'social-innovation' } })
    expect(await dispatch(handlers, 'agreements:suggestions', { type: 'patronage' })).toMatchObject({
      ok: true,
      value: { laPoste: expect.any(Array) }
    })
    expect(await dispatch(handlers, 'settings:get', {})).toMatchObject({
      ok: true,
      value: { laPosteParty: { legalName: 'La Poste' } }
    })
  })
})

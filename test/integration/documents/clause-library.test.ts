import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { dispatch } from '../../../src-main/ipc/dispatch'
import { createHandlers } from '../../../src-main/ipc/handlers'
import { readyAgreement } from '../../support/document-fixtures'
import { openTempDatabase, type TempDatabase } from '../../support/temp-database'
import { configureLaPoste } from './la-poste-settings'

let database: TempDatabase
beforeEach(async () => {
  database = await openTempDatabase()
  await configureLaPoste(database.services)
})
afterEach(() => database.dispose())

const ref = { clauseKey: 'common.force-majeure', variantId: 'standard' }

describe('the clause library', () => {
  it('lists every common clause with its variants, its default and the slots its wordings may use', async () => {
    const clauses = await database.services.documents.clauses.list()
    const keys = clauses.map((clause) => clause.key)
    for (const key of [
      'common.duration',
      'common.confidentiality',
      'common.data-protection',
      'common.intellectual-property',
      'common.insurance-liability',
      'common.force-majeure',
      'common.independence',
      'common.exclusivity',
      'common.assignment',
      'common.ethics',
      'common.termination-breach',
      'common.termination-convenience',
      'common.termination-consequences',
      'common.notices',
      'common.entire-agreement',
      'common.annexes',
      'common.disputes',
      'common.signature-formula'
    ])
      expect(keys).toContain(key)
    const dataProtection = clauses.find((clause) => clause.key === 'common.data-protection')
    expect(dataProtection?.variants.map((variant) => variant.id)).toEqual([
      'processor',
      'joint-controllers',
      'separate-controllers'
    ])
    const duration = clauses.find((clause) => clause.key === 'common.duration')
    expect(Object.keys(duration?.slots ?? {})).toEqual(['startDate', 'endDate', 'duration', 'notice'])
    expect(
      duration?.variants.every((variant) => variant.version === 0 && variant.text === variant.defaultText)
    ).toBe(true)
  })

  it('versions an edited wording, uses it in the next document, records it, and restores the default', async () => {
    const { services } = database
    const agreement = await readyAgreement(services, 'economic-cooperation')
    const edited = await services.documents.clauses.saveWording({
      ...ref,
      text: 'Aucune Partie n’est responsable d’un cas de force majeure (article 1218 du code civil), notifié sans délai.'
    })
    expect(edited.variants[0]).toMatchObject({ version: 1, editedBy: 'Claire Martin' })
    const again = await services.documents.clauses.saveWording({ ...ref, text: 'Texte second, version 2.' })
    expect(again.variants[0]?.version).toBe(2)
    const html = await services.documents.preview({ agreementId: agreement.id })
    expect(html).toContain('Texte second, version 2.')
    const version = await services.documents.generate({ agreementId: agreement.id })
    const recorded = await database.db
      .selectFrom('document_clause_sources')
      .selectAll()
      .where('version_id', '=', version.id)
      .orderBy('position')
      .execute()
    expect(recorded.find((row) => row.clause_key === 'common.force-majeure')).toMatchObject({
      variant_id: 'standard',
      wording_version: 2
    })
    expect(recorded.find((row) => row.clause_key === 'common.data-protection')).toMatchObject({
      variant_id: 'processor',
      wording_version: 0
    })
    expect(recorded.find((row) => row.clause_key === 'common.signature-formula')?.variant_id).toBe('paper')
    const restored = await services.documents.clauses.restoreDefault(ref)
    expect(restored.variants[0]).toMatchObject({ version: 0 })
    expect(await services.documents.preview({ agreementId: agreement.id })).toContain(
      'article 1218 du code civil'
    )
  })

  it('refuses an unknown slot next to the text field, and an unknown clause, through IPC', async () => {
    const handlers = createHandlers(database.services)
    const typo = await dispatch(handlers, 'clauses:saveWording', {
      clauseKey: 'common.duration',
      variantId: 'no-renewal',
      text: 'Du {startDate} au {endDatee}.'
    })
    expect(typo).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fieldErrors: { text: expect.any(String) } }
    })
    expect(typo.ok ? '' : typo.error.message).toContain('{endDatee}')
    const unknown = await dispatch(handlers, 'clauses:restoreDefault', {
      clauseKey: 'common.nothing',
      variantId: 'x'
    })
    expect(unknown).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  })

  it('numbers wordings saved at the same time one after the other', async () => {
    const { services } = database
    await Promise.all(
      ['a', 'b', 'c'].map((letter) =>
        services.documents.clauses.saveWording({ ...ref, text: `Texte ${letter}.` })
      )
    )
    const rows = await database.db
      .selectFrom('clause_wordings')
      .select('version')
      .orderBy('version')
      .execute()
    expect(rows.map((row) => row.version)).toEqual([1, 2, 3])
  })
})

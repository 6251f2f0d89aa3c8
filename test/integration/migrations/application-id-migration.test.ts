import { sql } from 'kysely'
import { describe, expect, it } from 'vitest'
import { APPLICATION_ID } from '../../../src-main/db/database-ownership'
import { insertBareAgreement, useMigrationStep } from '../../support/migration-step'

describe('migration 0050-set-application-id', () => {
  const step = useMigrationStep('0050-set-application-id')

  it('marks an existing database as ours and keeps its rows', async () => {
    const old = await step.before()
    await insertBareAgreement(old.db, 1, '2026-11-29T10:00:00.000Z')
    const idOf = async (db: typeof old.db) =>
      (await sql<{ application_id: number }>`pragma application_id`.execute(db)).rows[0]?.application_id
    expect(await idOf(old.db)).toBe(0)
    const opened = await step.after()
    expect(opened.migration).toEqual({ fromVersion: step.index, toVersion: step.index + 1 })
    expect(await idOf(opened.db)).toBe(APPLICATION_ID)
    expect(await opened.db.selectFrom('agreements').select('reference').execute()).toEqual([
      { reference: 'AD-2026-33-0001' }
    ])
  })
})

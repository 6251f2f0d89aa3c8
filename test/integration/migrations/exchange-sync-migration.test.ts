import { sql } from 'kysely'
import { describe, expect, it } from 'vitest'
import { insertBareAgreement, useMigrationStep } from '../../support/migration-step'

describe('migration 0020-create-exchange-sync', () => {
  const step = useMigrationStep('0020-create-exchange-sync')

  it('adds the exchange base next to existing agreements, strictly typed, removed with its agreement', async () => {
    const old = await step.before()
    const now = '2026-11-28T10:00:00.000Z'
    await insertBareAgreement(old.db, 1, now)
    const opened = await step.after()
    expect(opened.migration).toEqual({ fromVersion: step.index, toVersion: step.index + 1 })
    const hash = 'a'.repeat(64)
    await sql`insert into exchange_sync values (1, ${hash}, 'lot', ${now})`.execute(opened.db)
    await expect(
      sql`insert into exchange_sync values (1, 'court', 'lot', ${now})`.execute(opened.db)
    ).rejects.toThrow()
    await expect(
      sql`insert into exchange_sync values (2, ${hash}, 'lot', ${now})`.execute(opened.db)
    ).rejects.toThrow()
    await sql`delete from agreements where id = 1`.execute(opened.db)
    expect((await sql`select * from exchange_sync`.execute(opened.db)).rows).toEqual([])
  })
})

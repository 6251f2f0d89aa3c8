import { sql } from 'kysely'
import { describe, expect, it } from 'vitest'
import { useMigrationStep } from '../../support/migration-step'

describe('migration 0052-create-received-conflicts', () => {
  const step = useMigrationStep('0052-create-received-conflicts')
  const at = '2026-11-30T10:00:00.000Z'

  it('creates the table of received bundles left with conflicts, one row per bundle, strict and checked', async () => {
    const old = await step.before()
    await sql`insert into settings (key, value, updated_at) values ('x', '1', ${at})`.execute(old.db)
    const { db } = await step.after()
    expect(await db.selectFrom('settings').select('key').where('key', '=', 'x').execute()).toEqual([
      { key: 'x' }
    ])
    const conflict = (bundleId: string, conflicts: unknown) =>
      sql`insert into received_conflicts (bundle_id, file_name, exported_by, conflicts, previewed_at)
        values (${bundleId}, 'lot-reseau.zip', 'Claire Dubois, Nouvelle-Aquitaine', ${conflicts}, ${at})`.execute(
        db
      )
    await conflict('lot', 2)
    await expect(conflict('lot', 1)).rejects.toThrow(/UNIQUE|PRIMARY/)
    await expect(conflict('lot-2', 0)).rejects.toThrow(/CHECK/)
    await expect(conflict('lot-3', 'deux')).rejects.toThrow(/cannot store TEXT/)
  })
})

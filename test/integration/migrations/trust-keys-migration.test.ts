import { sql } from 'kysely'
import { describe, expect, it } from 'vitest'
import { useMigrationStep } from '../../support/migration-step'

describe('migration 0051-create-trust-keys', () => {
  const step = useMigrationStep('0051-create-trust-keys')
  const at = '2026-11-29T10:00:00.000Z'

  it('creates the key, known senders and received bundles tables, strict and checked', async () => {
    const old = await step.before()
    await sql`insert into settings (key, value, updated_at) values ('x', '1', ${at})`.execute(old.db)
    const { db } = await step.after()
    expect(await db.selectFrom('settings').select('key').where('key', '=', 'x').execute()).toEqual([
      { key: 'x' }
    ])
    const key = (length: number, id = 1) =>
      sql`insert into installation_key (id, public_key, private_key, created_at)
        values (${id}, ${Buffer.alloc(length)}, ${Buffer.alloc(48)}, ${at})`.execute(db)
    await expect(key(31)).rejects.toThrow(/CHECK/)
    await key(32)
    await expect(key(32, 2)).rejects.toThrow(/CHECK/)
    await expect(key(32)).rejects.toThrow(/UNIQUE|PRIMARY/)
    const sender = (fingerprint: string) =>
      sql`insert into known_senders (fingerprint, public_key, identity, name, region, accepted_at, last_bundle_at)
        values (${fingerprint}, ${Buffer.alloc(32)}, 'claire dubois|nouvelle-aquitaine', 'Claire Dubois',
        'Nouvelle-Aquitaine', ${at}, ${at})`.execute(db)
    await expect(sender('abc')).rejects.toThrow(/CHECK/)
    await sender('a'.repeat(64))
    await sql`insert into received_bundles (bundle_id, sender_name, sender_region, key_fingerprint, received_at)
      values ('lot', 'Claire Dubois', 'Nouvelle-Aquitaine', null, ${at})`.execute(db)
    await expect(
      sql`insert into received_bundles (bundle_id, sender_name, sender_region, key_fingerprint, received_at)
        values ('lot-2', 'x', 'y', 1, ${at})`.execute(db)
    ).rejects.toThrow(/CHECK|cannot store INT/)
  })
})

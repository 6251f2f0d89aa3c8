import { sql } from 'kysely'
import { describe, expect, it } from 'vitest'
import { insertBareAgreement, useMigrationStep } from '../../support/migration-step'

describe('migration 0090-structure-amendments', () => {
  const step = useMigrationStep('0090-structure-amendments')
  const now = '2026-11-30T10:00:00.000Z'

  it('keeps the amendments drafted before, with no structured changes, and refuses unreadable JSON', async () => {
    const old = await step.before()
    await insertBareAgreement(old.db, 1, now)
    const legacy = JSON.stringify([{ articleNumber: 5, articleTitle: 'Modalités', newText: 'Texte.' }])
    await sql`insert into agreement_amendments (agreement_id, number, reason, effective_date, changes, status, created_at)
      values (1, 1, 'Motif', null, ${legacy}, 'signed', ${now})`.execute(old.db)
    const opened = await step.after()
    const db = opened.db
    expect(opened.migration).toEqual({ fromVersion: step.index, toVersion: step.index + 1 })
    const rows = await db.selectFrom('agreement_amendments').selectAll().execute()
    expect(rows).toMatchObject([
      { number: 1, changes: legacy, structured_changes: null, signatories: null, record_before: null }
    ])
    const insert = (structured: string) =>
      sql`insert into agreement_amendments (agreement_id, number, reason, changes, status, created_at, structured_changes)
        values (1, 2, 'Motif', '[]', 'draft', ${now}, ${structured})`.execute(db)
    await expect(insert('{not json')).rejects.toThrow(/CHECK/)
    await insert('[{"kind":"end-date","newEndDate":"2031-12-31"}]')
    await expect(
      sql`update agreement_amendments set record_before = '{"durationMonths":' where number = 2`.execute(db)
    ).rejects.toThrow(/CHECK/)
  })
})

import { sql } from 'kysely'
import { describe, expect, it } from 'vitest'
import { insertBareAgreement, useMigrationStep } from '../../support/migration-step'

const now = '2030-06-01T10:00:00.000Z'

describe('migration 0060-create-follow-up', () => {
  const step = useMigrationStep('0060-create-follow-up')

  it('keeps existing agreements and adds meetings, results and evaluations that go with them', async () => {
    const old = await step.before()
    await insertBareAgreement(old.db, 1, now)
    const { db } = await step.after()
    expect((await db.selectFrom('agreements').select('id').execute()).map((row) => row.id)).toEqual([1])
    await sql`insert into committee_meetings (agreement_id, held_on, attendees, created_at, updated_at)
      values (1, '2030-05-01', '["A"]', ${now}, ${now})`.execute(db)
    await expect(
      sql`insert into committee_meetings (agreement_id, held_on, attendees, created_at, updated_at)
        values (1, '01/05/2030', '["A"]', ${now}, ${now})`.execute(db)
    ).rejects.toThrow(/CHECK/)
    await expect(
      sql`insert into committee_meetings (agreement_id, held_on, attendees, minutes_file_name, created_at, updated_at)
        values (1, '2030-05-01', '[]', 'x.pdf', ${now}, ${now})`.execute(db)
    ).rejects.toThrow(/CHECK/)
    const result = (period: number, value: number) =>
      sql`insert into indicator_results (agreement_id, indicator_index, indicator_label, period_number, period_start,
        period_end, value, recorded_at) values (1, 0, 'Personnes', ${period}, '2030-01-01', '2030-12-31', ${value}, ${now})`.execute(
        db
      )
    await result(1, 10)
    await expect(result(1, 12)).rejects.toThrow(/UNIQUE/)
    await expect(result(2, -1)).rejects.toThrow(/CHECK/)
    await sql`insert into final_evaluations (agreement_id, written_on, outcome, recommendation, summary, created_at, updated_at)
      values (1, '2030-06-01', 'met', 'renew', 'Bien', ${now}, ${now})`.execute(db)
    await sql`delete from agreements where id = 1`.execute(db)
    for (const table of ['committee_meetings', 'indicator_results', 'final_evaluations'])
      expect((await sql.raw(`select count(*) as n from ${table}`).execute(db)).rows).toEqual([{ n: 0 }])
  })
})

describe('migration 0061-create-lifecycle', () => {
  const step = useMigrationStep('0061-create-lifecycle')

  it('records terminations, letters, renewals and deleted drafts with their constraints', async () => {
    const old = await step.before()
    await insertBareAgreement(old.db, 1, now)
    await insertBareAgreement(old.db, 2, now)
    const { db } = await step.after()
    await expect(
      sql`insert into agreement_terminations (agreement_id, effective_date, reason, decided_by, recorded_at)
        values (1, '2030-06-30', '  ', 'la-poste', ${now})`.execute(db)
    ).rejects.toThrow(/CHECK/)
    await sql`insert into agreement_terminations (agreement_id, effective_date, reason, decided_by, recorded_at)
      values (1, '2030-06-30', 'Fin', 'mutual', ${now})`.execute(db)
    await sql`insert into termination_letters (agreement_id, file_name, sha256, size_bytes, created_at)
      values (1, 'AD/l-1.docx', ${'a'.repeat(64)}, 10, ${now})`.execute(db)
    await sql`insert into agreement_renewals (previous_id, next_id, created_at) values (1, 2, ${now})`.execute(
      db
    )
    await expect(
      sql`insert into agreement_renewals (previous_id, next_id, created_at) values (2, 2, ${now})`.execute(db)
    ).rejects.toThrow(/CHECK|UNIQUE/)
    await sql`delete from agreements where id = 2`.execute(db)
    expect((await sql`select count(*) as n from agreement_renewals`.execute(db)).rows).toEqual([{ n: 0 }])
    await sql`insert into deleted_agreements (agreement_id, reference, title, deleted_at, history)
      values (2, 'AD-2026-33-0002', '', ${now}, '[]')`.execute(db)
    await expect(
      sql`insert into deleted_agreements (agreement_id, reference, title, deleted_at, history)
        values (2, 'AD-2026-33-0002', '', ${now}, '{}')`.execute(db)
    ).rejects.toThrow(/CHECK/)
  })
})

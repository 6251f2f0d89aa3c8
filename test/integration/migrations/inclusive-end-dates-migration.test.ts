import { sql } from 'kysely'
import { describe, expect, it } from 'vitest'
import { useMigrationStep } from '../../support/migration-step'

describe('migration 0030-inclusive-end-dates', () => {
  const step = useMigrationStep('0030-inclusive-end-dates')

  it('moves every stored end date to the last day of the term, and leaves undated agreements alone', async () => {
    const old = await step.before()
    const at = '2026-11-28T10:00:00.000Z'
    const rows: Array<[number, string | null, number | null, string | null]> = [
      [1, '2027-01-01', 12, '2028-01-01'],
      [2, '2027-01-31', 1, '2027-02-28'],
      [3, '2028-02-29', 12, '2029-02-28'],
      [4, '2026-07-14', 36, '2029-07-14'],
      [5, null, 12, null],
      [6, '2027-01-01', null, null]
    ]
    for (const [id, start, months, end] of rows)
      await sql`insert into agreements (id, reference, year, department, content, created_at, updated_at,
          start_date, duration_months, end_date)
        values (${id}, ${`AD-2026-33-000${id}`}, 2026, '33', '{}', ${at}, ${at}, ${start}, ${months}, ${end})`.execute(
        old.db
      )
    const opened = await step.after()
    const { rows: after } = await sql<{ id: number; end_date: string | null }>`
      select id, end_date from agreements order by id`.execute(opened.db)
    expect(after.map((row) => [row.id, row.end_date])).toEqual([
      [1, '2027-12-31'],
      [2, '2027-02-28'],
      [3, '2029-02-28'],
      [4, '2029-07-13'],
      [5, null],
      [6, null]
    ])
  })
})

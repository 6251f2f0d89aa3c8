import { sql, type Kysely } from 'kysely'

// Frozen once landed: later changes go in a new migration.
// End dates were stored as start + N months, one day late: a term of N months ends the day before the same date N
// months later, inclusive (1 January 2027 + 12 months → 31 December 2027), or on the last day of that month when the
// date does not exist there. The rule is copied here on purpose, so later edits of the domain cannot change it.

function inclusiveEnd(startDate: string, months: number): string {
  const [year, month, day] = startDate.split('-').map(Number) as [number, number, number]
  const target = new Date(Date.UTC(year, month - 1 + months, 1))
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate()
  const end =
    day > lastDay
      ? new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth(), lastDay))
      : new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth(), day - 1))
  return end.toISOString().slice(0, 10)
}

export async function up(db: Kysely<any>): Promise<void> {
  const { rows } = await sql<{ id: number; start_date: string; duration_months: number }>`
    select id, start_date, duration_months from agreements
    where start_date is not null and duration_months is not null`.execute(db)
  for (const row of rows)
    await sql`update agreements set end_date = ${inclusiveEnd(row.start_date, row.duration_months)}
      where id = ${row.id}`.execute(db)
}

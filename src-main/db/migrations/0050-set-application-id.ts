import { sql, type Kysely } from 'kysely'

// Frozen once landed: later changes go in a new migration.
// Marks the file as an Alliance Conventions database ("ACON" in the SQLite header), so that opening, `--db` and a
// restore can refuse another program's SQLite file instead of writing the app's tables into it. Like user_version,
// the header field is written inside this migration's transaction.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`pragma application_id = 1094930254`.execute(db)
}

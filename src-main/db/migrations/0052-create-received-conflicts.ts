import { sql, type Kysely } from 'kysely'

// Frozen once landed: later changes go in a new migration.
// Received bundles previewed with conflicts and not imported yet, one row per bundle: the home page reminds the
// coordinator of them across restarts (the staged copy itself is deleted; the coordinator reopens their file).
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create table received_conflicts (
    bundle_id text primary key,
    file_name text not null,
    exported_by text not null,
    conflicts integer not null check (conflicts > 0),
    previewed_at text not null
  ) strict`.execute(db)
}

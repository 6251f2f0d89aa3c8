import { sql, type Kysely } from 'kysely'

// Frozen once landed. One JSON value per key (e.g. `coordinator`, `la-poste-party`), validated by the service,
// so a new setting needs no schema change.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create table settings (
    key text primary key,
    value text not null check (json_valid(value)),
    updated_at text not null
  ) strict`.execute(db)
}

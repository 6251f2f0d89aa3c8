import { sql, type Kysely } from 'kysely'

// Frozen once landed: later changes go in a new migration.
// One row per agreement that went through a bundle (exported or imported): the content hash both sides last agreed
// on. The import compares it with the local and the incoming hash to tell "they changed", "I changed" and "both
// changed" (a conflict) apart; without it any difference would have to be treated as a conflict.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create table exchange_sync (
    agreement_id integer primary key references agreements(id) on delete cascade,
    base_hash text not null check (length(base_hash) = 64),
    bundle_id text not null,
    at text not null
  ) strict`.execute(db)
}

import { sql, type Kysely } from 'kysely'

// Frozen once landed: later changes go in a new migration.
// Amendments name their changes on targets of the convention (structured_changes, JSON), are signed by the
// capacities they name (signatories, JSON, frozen when drafted) and, once signed, keep the register state they
// replaced (record_before, JSON), so the convention as signed can always be rebuilt. Amendments drafted before
// keep null: their whole-article changes are read from `changes` as before.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table agreement_amendments add column structured_changes text
    check (structured_changes is null or json_valid(structured_changes))`.execute(db)
  await sql`alter table agreement_amendments add column signatories text
    check (signatories is null or json_valid(signatories))`.execute(db)
  await sql`alter table agreement_amendments add column record_before text
    check (record_before is null or json_valid(record_before))`.execute(db)
}

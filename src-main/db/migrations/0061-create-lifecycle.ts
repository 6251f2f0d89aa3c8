import { sql, type Kysely } from 'kysely'

// Frozen once landed: later changes go in a new migration.
// The life of a convention after its signature: the early termination (effective date, reason, who decided) and
// the letters issued for it (files under documents/<reference>/, with their SHA-256); the link between a
// convention and its renewal, both ways (one renewal per convention); and the log of deleted drafts, which keeps
// their history once the draft and its own history rows are gone.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create table agreement_terminations (
    agreement_id integer primary key references agreements(id) on delete cascade,
    effective_date text not null check (effective_date glob '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    reason text not null check (length(trim(reason)) > 0),
    decided_by text not null check (decided_by in ('la-poste', 'partner', 'mutual')),
    recorded_at text not null
  ) strict`.execute(db)

  await sql`create table termination_letters (
    id integer primary key,
    agreement_id integer not null references agreement_terminations(agreement_id) on delete cascade,
    file_name text not null unique,
    sha256 text not null check (length(sha256) = 64),
    size_bytes integer not null check (size_bytes > 0),
    created_at text not null
  ) strict`.execute(db)
  await sql`create index termination_letters_agreement on termination_letters(agreement_id, id)`.execute(db)

  await sql`create table agreement_renewals (
    previous_id integer primary key references agreements(id) on delete cascade,
    next_id integer not null unique references agreements(id) on delete cascade,
    created_at text not null,
    check (previous_id <> next_id)
  ) strict`.execute(db)

  await sql`create table deleted_agreements (
    id integer primary key,
    agreement_id integer not null,
    reference text not null,
    title text not null,
    partner_name text,
    deleted_at text not null,
    history text not null check (json_valid(history) and json_type(history) = 'array')
  ) strict`.execute(db)
  await sql`create index deleted_agreements_at on deleted_agreements(deleted_at)`.execute(db)
}

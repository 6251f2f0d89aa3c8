import { sql, type Kysely } from 'kysely'

// Frozen once landed: later changes go in a new migration.
// Register filters and sorts read indexed columns; the rest of the editable draft (clauses, commitments,
// indicators, signatories, type-specific terms) is one JSON document validated by the service.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create table agreements (
    id integer primary key,
    reference text not null unique,
    title text not null default '',
    status text not null default 'draft'
      check (status in ('draft', 'ready_for_signature', 'signed', 'active', 'ended', 'terminated')),
    type text references partnership_types(code),
    route text check (route is null or route in ('national-framework', 'direct')),
    need_id integer references local_needs(id),
    partner_id integer references partners(id),
    start_date text check (start_date is null or start_date glob '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    duration_months integer check (duration_months is null or duration_months between 1 and 120),
    end_date text,
    year integer not null,
    department text not null,
    wizard_step integer not null default 1 check (wizard_step between 1 and 8),
    version integer not null default 1,
    content text not null check (json_valid(content)),
    created_at text not null,
    updated_at text not null,
    check ((end_date is null) = (start_date is null or duration_months is null))
  ) strict`.execute(db)
  for (const column of [
    'status',
    'type',
    'partner_id',
    'need_id',
    'start_date',
    'end_date',
    'year',
    'updated_at'
  ]) {
    await sql.raw(`create index agreements_${column} on agreements(${column})`).execute(db)
  }

  await sql`create table agreement_domains (
    agreement_id integer not null references agreements(id) on delete cascade,
    domain_id integer not null references action_domains(id),
    primary key (agreement_id, domain_id)
  ) strict, without rowid`.execute(db)
  await sql`create index agreement_domains_domain on agreement_domains(domain_id, agreement_id)`.execute(db)

  await sql`create table agreement_benefits (
    agreement_id integer not null references agreements(id) on delete cascade,
    benefit_code text not null references benefits(code),
    primary key (agreement_id, benefit_code)
  ) strict, without rowid`.execute(db)

  await sql`create table agreement_history (
    id integer primary key,
    agreement_id integer not null references agreements(id) on delete cascade,
    at text not null,
    kind text not null check (kind in ('created', 'duplicated', 'status', 'changed')),
    from_status text,
    to_status text,
    summary text not null
  ) strict`.execute(db)
  await sql`create index agreement_history_agreement on agreement_history(agreement_id, id)`.execute(db)

  // One counter per year and department: references are handed out inside the creating transaction.
  await sql`create table agreement_sequences (
    year integer not null,
    department text not null,
    last_sequence integer not null check (last_sequence between 1 and 9999),
    primary key (year, department)
  ) strict`.execute(db)
}

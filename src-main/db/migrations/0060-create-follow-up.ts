import { sql, type Kysely } from 'kysely'

// Frozen once landed: later changes go in a new migration.
// Follow-up after the signature: committee meetings (with their minutes, a file under documents/<reference>/suivi/),
// indicator results per reporting period (the indicator's wording and target are kept as they were when recorded,
// since an amendment may reword them later), and one final evaluation per convention.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create table committee_meetings (
    id integer primary key,
    agreement_id integer not null references agreements(id) on delete cascade,
    held_on text not null check (held_on glob '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    attendees text not null check (json_valid(attendees) and json_type(attendees) = 'array'),
    decisions text not null default '',
    minutes_original_name text,
    minutes_file_name text unique,
    minutes_type text check (minutes_type is null or minutes_type in ('pdf', 'docx', 'odt', 'png', 'jpg')),
    minutes_sha256 text check (minutes_sha256 is null or length(minutes_sha256) = 64),
    minutes_size_bytes integer check (minutes_size_bytes is null or minutes_size_bytes > 0),
    created_at text not null,
    updated_at text not null,
    check ((minutes_file_name is null) = (minutes_sha256 is null)),
    check ((minutes_file_name is null) = (minutes_type is null))
  ) strict`.execute(db)
  await sql`create index committee_meetings_agreement on committee_meetings(agreement_id, held_on)`.execute(
    db
  )

  await sql`create table indicator_results (
    id integer primary key,
    agreement_id integer not null references agreements(id) on delete cascade,
    indicator_index integer not null check (indicator_index between 0 and 29),
    indicator_label text not null,
    unit text not null default '',
    target real check (target is null or target >= 0),
    period_number integer not null check (period_number between 1 and 20),
    period_start text not null,
    period_end text not null check (period_end >= period_start),
    value real not null check (value >= 0),
    comment text not null default '',
    recorded_at text not null,
    unique (agreement_id, indicator_index, period_number)
  ) strict`.execute(db)

  await sql`create table final_evaluations (
    agreement_id integer primary key references agreements(id) on delete cascade,
    written_on text not null,
    outcome text not null check (outcome in ('met', 'partly-met', 'not-met')),
    recommendation text not null check (recommendation in ('renew', 'adapt', 'stop')),
    summary text not null check (length(trim(summary)) > 0),
    created_at text not null,
    updated_at text not null
  ) strict`.execute(db)
}

import { sql, type Kysely } from 'kysely'

// Frozen once landed: later changes go in a new migration.
// The clause library's edited wordings, one row per version (a restore of the default is a version whose text is
// null), and which wording of which clause each issued document used.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create table clause_wordings (
    clause_key text not null check (length(clause_key) between 1 and 120),
    variant_id text not null check (length(variant_id) between 1 and 120),
    version integer not null check (version >= 1),
    text text check (text is null or length(text) between 1 and 20000),
    created_at text not null,
    created_by text not null default '',
    primary key (clause_key, variant_id, version)
  ) strict`.execute(db)
  await sql`create table document_clause_sources (
    version_id integer not null references document_versions(id) on delete cascade,
    position integer not null check (position >= 0),
    clause_key text not null,
    variant_id text not null,
    wording_version integer not null check (wording_version >= 0),
    primary key (version_id, position)
  ) strict`.execute(db)
  await sql`create index document_clause_sources_clause on document_clause_sources(clause_key, variant_id, wording_version)`.execute(
    db
  )
}

import { sql, type Kysely } from 'kysely'

// Frozen once landed: later changes go in a new migration.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create table local_needs (
    id integer primary key,
    title text not null,
    description text not null default '',
    target_public text not null default '',
    people_reached integer check (people_reached is null or people_reached >= 0),
    domain_id integer references action_domains(id),
    identified_by text not null default '',
    search_text text not null,
    created_at text not null,
    updated_at text not null
  ) strict`.execute(db)
  await sql`create index local_needs_title on local_needs(title collate nocase)`.execute(db)

  await sql`create table need_communes (
    need_id integer not null references local_needs(id) on delete cascade,
    position integer not null,
    commune_code text not null,
    commune_name text not null,
    postal_code text not null,
    department text not null,
    primary key (need_id, position)
  ) strict`.execute(db)
  await sql`create index need_communes_commune on need_communes(commune_code)`.execute(db)
}

import { sql, type Kysely } from 'kysely'

export async function up(db: Kysely<any>): Promise<void> {
  await sql`create table partners (
    id integer primary key,
    name text not null,
    legal_form text not null references legal_forms(code),
    siret text check (siret is null or length(siret) = 14),
    rna text check (rna is null or rna glob 'W[0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]'),
    address_line text,
    postal_code text,
    commune text,
    commune_code text,
    head_network_id integer references head_networks(id),
    labelled integer not null default 0 check (labelled in (0, 1)),
    general_interest integer not null default 0 check (general_interest in (0, 1)),
    search_text text not null,
    archived_at text,
    created_at text not null,
    updated_at text not null
  ) strict`.execute(db)
  await sql`create unique index partners_siret_unique on partners(siret) where siret is not null`.execute(db)
  await sql`create index partners_name on partners(name collate nocase)`.execute(db)

  await sql`create table partner_contacts (
    id integer primary key,
    partner_id integer not null references partners(id) on delete cascade,
    name text not null,
    role text,
    email text,
    phone text,
    may_sign integer not null default 0 check (may_sign in (0, 1)),
    position integer not null
  ) strict`.execute(db)
  await sql`create index partner_contacts_partner on partner_contacts(partner_id)`.execute(db)
}

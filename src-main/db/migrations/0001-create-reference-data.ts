import { sql, type Kysely } from 'kysely'
import {
  ACTION_DOMAINS,
  BENEFITS,
  ENGAGEMENTS,
  HEAD_NETWORKS,
  PARTNERSHIP_TYPES
} from '../../shared/reference/reference-data'

// Frozen once landed: later changes to reference data go in a new migration.
// The legal forms are the list this migration shipped with, written out so that a new database goes through the
// same later migrations as an old one (0025 split statuses off this list).
const LEGAL_FORMS = [
  { code: 'association-1901', label: 'Association loi 1901' },
  { code: 'arup', label: 'Association reconnue d’utilité publique (ARUP)' },
  { code: 'foundation', label: 'Fondation' },
  { code: 'scop', label: 'SCOP' },
  { code: 'scic', label: 'SCIC' },
  { code: 'mutual', label: 'Mutuelle' },
  { code: 'esat', label: 'ESAT' },
  { code: 'adapted-enterprise', label: 'Entreprise adaptée' },
  { code: 'siae', label: 'SIAE (structure d’insertion par l’activité économique)' },
  { code: 'esus', label: 'ESUS / entreprise à impact' },
  { code: 'other', label: 'Autre' }
]
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create table engagements (
    code text primary key,
    label text not null,
    position integer not null
  ) strict`.execute(db)
  await sql`create table action_domains (
    id integer primary key,
    code text not null unique,
    label text not null,
    engagement_code text not null references engagements(code),
    position integer not null,
    archived integer not null default 0 check (archived in (0, 1))
  ) strict`.execute(db)
  await sql`create table partnership_types (
    code text primary key,
    label text not null,
    description text not null,
    example text not null,
    position integer not null
  ) strict`.execute(db)
  await sql`create table benefits (
    code text primary key,
    label text not null,
    position integer not null
  ) strict`.execute(db)
  await sql`create table legal_forms (
    code text primary key,
    label text not null,
    position integer not null
  ) strict`.execute(db)
  await sql`create table head_networks (
    id integer primary key,
    name text not null unique collate nocase,
    acronym text,
    archived integer not null default 0 check (archived in (0, 1))
  ) strict`.execute(db)

  await db
    .insertInto('engagements')
    .values(ENGAGEMENTS.map((engagement, position) => ({ ...engagement, position })))
    .execute()
  await db
    .insertInto('action_domains')
    .values(
      ACTION_DOMAINS.map((domain, position) => ({
        code: domain.code,
        label: domain.label,
        engagement_code: domain.engagement,
        position
      }))
    )
    .execute()
  await db
    .insertInto('partnership_types')
    .values(PARTNERSHIP_TYPES.map((type, position) => ({ ...type, position })))
    .execute()
  await db
    .insertInto('benefits')
    .values(BENEFITS.map((benefit, position) => ({ ...benefit, position })))
    .execute()
  await db
    .insertInto('legal_forms')
    .values(LEGAL_FORMS.map((form, position) => ({ ...form, position })))
    .execute()
  await db
    .insertInto('head_networks')
    .values([...HEAD_NETWORKS])
    .execute()
}

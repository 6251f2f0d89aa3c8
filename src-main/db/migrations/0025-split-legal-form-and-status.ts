import { sql, type Kysely } from 'kysely'

// Frozen once landed: later changes go in a new migration.
// A legal form (association, SCOP, SAS…) and a status (ESAT, entreprise adaptée, SIAE, ESUS, utilité publique) are two
// things: the first versions offered statuses as legal forms. Each such partner gets the legal form it most likely has
// and the status it was given; an ESAT keeps an empty managing body, which the partner form then asks for.
// The codes and labels below are frozen here on purpose: later edits of the reference data must not change them.
const LEGAL_FORMS = [
  ['association-1901', 'Association loi 1901'],
  ['foundation', 'Fondation'],
  ['scop', 'Société coopérative et participative (SCOP)'],
  ['scic', 'Société coopérative d’intérêt collectif (SCIC)'],
  ['mutual', 'Mutuelle'],
  ['sa', 'Société anonyme (SA)'],
  ['sas', 'Société par actions simplifiée (SAS)'],
  ['sarl', 'Société à responsabilité limitée (SARL)'],
  ['public-body', 'Établissement public'],
  ['other', 'Autre']
] as const

const LEGACY = [
  ['arup', 'association-1901', 'public-utility'],
  ['esat', 'association-1901', 'esat'],
  ['adapted-enterprise', 'other', 'adapted-enterprise'],
  ['siae', 'other', 'siae'],
  ['esus', 'other', 'esus']
] as const

export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table partners add column statuses text not null default '[]'
    check (json_valid(statuses) and json_type(statuses) = 'array')`.execute(db)
  await sql`alter table partners add column managing_body_name text`.execute(db)
  await sql`alter table partners add column share_capital_cents integer
    check (share_capital_cents is null or share_capital_cents >= 0)`.execute(db)
  await sql`alter table partners add column rcs_city text`.execute(db)

  for (const [position, [code, label]] of LEGAL_FORMS.entries())
    await sql`insert into legal_forms (code, label, position) values (${code}, ${label}, ${position})
      on conflict (code) do update set label = excluded.label, position = excluded.position`.execute(db)
  for (const [legacy, legalForm, status] of LEGACY) {
    await sql`update partners set legal_form = ${legalForm}, statuses = json_array(${status})
      where legal_form = ${legacy}`.execute(db)
    await sql`delete from legal_forms where code = ${legacy}`.execute(db)
  }
}

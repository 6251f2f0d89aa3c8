import { sql, type Kysely } from 'kysely'

// Frozen once landed. Full-text index of the register (reference, title, partner, need, communes), kept in sync
// by triggers so that every writer (services, imports, restores) leaves it right, in the writer's transaction.

const REFRESH_SELECT = `
  select a.id, a.reference, a.title, coalesce(p.name, ''), coalesce(n.title, ''),
    trim(coalesce(p.commune, '') || ' ' ||
      coalesce((select group_concat(c.commune_name, ' ') from need_communes c where c.need_id = a.need_id), ''))
  from agreements a
  left join partners p on p.id = a.partner_id
  left join local_needs n on n.id = a.need_id`

function refresh(where: string): string {
  return `
    delete from agreements_fts where rowid in (select a.id from agreements a where ${where});
    insert into agreements_fts(rowid, reference, title, partner_name, need_title, communes)
      ${REFRESH_SELECT} where ${where};`
}

export async function up(db: Kysely<any>): Promise<void> {
  await sql`create virtual table agreements_fts using fts5(
    reference, title, partner_name, need_title, communes,
    tokenize = 'unicode61 remove_diacritics 2'
  )`.execute(db)
  await sql
    .raw(
      `insert into agreements_fts(rowid, reference, title, partner_name, need_title, communes) ${REFRESH_SELECT}`
    )
    .execute(db)

  const triggers: Array<[string, string, string]> = [
    ['agreements_fts_insert', 'after insert on agreements', refresh('a.id = new.id')],
    [
      'agreements_fts_update',
      'after update of reference, title, partner_id, need_id on agreements',
      refresh('a.id = new.id')
    ],
    [
      'agreements_fts_delete',
      'after delete on agreements',
      'delete from agreements_fts where rowid = old.id;'
    ],
    ['agreements_fts_partner', 'after update of name, commune on partners', refresh('a.partner_id = new.id')],
    ['agreements_fts_need', 'after update of title on local_needs', refresh('a.need_id = new.id')],
    [
      'agreements_fts_need_commune_insert',
      'after insert on need_communes',
      refresh('a.need_id = new.need_id')
    ],
    [
      'agreements_fts_need_commune_delete',
      'after delete on need_communes',
      refresh('a.need_id = old.need_id')
    ]
  ]
  for (const [name, event, body] of triggers) {
    await sql.raw(`create trigger ${name} ${event} begin ${body} end`).execute(db)
  }
}

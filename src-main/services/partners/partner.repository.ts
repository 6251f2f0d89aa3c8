import { sql } from 'kysely'
import type { AppDatabase } from '../../db/schema'
import type {
  NewPartnerContactRow,
  NewPartnerRow,
  PartnerContactRow,
  PartnerRowUpdate
} from '../../db/tables/partner.table'

/** Plain data access for partner structures; no rules here (they live in the service). */

export function findPartnerRow(db: AppDatabase, id: number) {
  return db
    .selectFrom('partners')
    .leftJoin('head_networks', 'head_networks.id', 'partners.head_network_id')
    .selectAll('partners')
    .select('head_networks.name as head_network_name')
    .where('partners.id', '=', id)
    .executeTakeFirst()
}

export function findPartnerBySiret(db: AppDatabase, siret: string) {
  return db.selectFrom('partners').select(['id', 'name']).where('siret', '=', siret).executeTakeFirst()
}

export function listContactRows(db: AppDatabase, partnerId: number): Promise<PartnerContactRow[]> {
  return db
    .selectFrom('partner_contacts')
    .selectAll()
    .where('partner_id', '=', partnerId)
    .orderBy('position')
    .execute()
}

export interface PartnerSearch {
  /** Folded words that must all appear in the partner's search text. */
  words: string[]
  includeArchived: boolean
  limit: number
  offset: number
}

export function searchPartnerRows(db: AppDatabase, search: PartnerSearch) {
  let query = db
    .selectFrom('partners')
    .leftJoin('head_networks', 'head_networks.id', 'partners.head_network_id')
    .select([
      'partners.id',
      'partners.name',
      'partners.legal_form',
      'partners.statuses',
      'partners.siret',
      'partners.rna',
      'partners.postal_code',
      'partners.commune',
      'partners.archived_at',
      'head_networks.name as head_network_name'
    ])
    .select((eb) =>
      eb
        .selectFrom('partner_contacts')
        .select(eb.fn.countAll<number>().as('count'))
        .whereRef('partner_contacts.partner_id', '=', 'partners.id')
        .as('contact_count')
    )
  for (const word of search.words) {
    query = query.where(sql<boolean>`partners.search_text like ${`%${escapeLike(word)}%`} escape '\\'`)
  }
  if (!search.includeArchived) query = query.where('partners.archived_at', 'is', null)
  return query
    .orderBy(sql`partners.name collate nocase`)
    .orderBy('partners.id')
    .limit(search.limit)
    .offset(search.offset)
    .execute()
}

function escapeLike(value: string): string {
  return value.replace(/[%_\\]/g, (char) => `\\${char}`)
}

export async function insertPartnerRow(db: AppDatabase, row: NewPartnerRow): Promise<number> {
  const inserted = await db.insertInto('partners').values(row).returning('id').executeTakeFirstOrThrow()
  return inserted.id
}

export async function updatePartnerRow(
  db: AppDatabase,
  id: number,
  changes: PartnerRowUpdate
): Promise<void> {
  await db.updateTable('partners').set(changes).where('id', '=', id).execute()
}

/**
 * Makes the partner's contacts exactly `contacts`: rows with a known id are updated in place (they may be
 * referred to elsewhere), the others inserted, and the ones no longer listed removed.
 */
export async function replaceContactRows(
  db: AppDatabase,
  partnerId: number,
  contacts: Array<Omit<NewPartnerContactRow, 'partner_id'> & { id?: number }>
): Promise<void> {
  const keptIds = contacts.flatMap((contact) => (contact.id === undefined ? [] : [contact.id]))
  let removal = db.deleteFrom('partner_contacts').where('partner_id', '=', partnerId)
  if (keptIds.length > 0) removal = removal.where('id', 'not in', keptIds)
  await removal.execute()
  for (const { id, ...contact } of contacts) {
    if (id === undefined) {
      await db
        .insertInto('partner_contacts')
        .values({ ...contact, partner_id: partnerId })
        .execute()
    } else {
      await db
        .updateTable('partner_contacts')
        .set(contact)
        .where('id', '=', id)
        .where('partner_id', '=', partnerId)
        .execute()
    }
  }
}

import type { AppDatabase } from '../../db/schema'
import type { ReferenceData } from '../../shared/domain/reference'
import { ConflictError, NotFoundError } from '../../shared/errors'
import type { DomainInput, HeadNetworkInput } from '../../shared/schemas/settings.schema'
import { foldForSearch } from '../../shared/validation/search-text'
import { getReferenceData } from './reference.service'

export type ReferenceListsService = ReturnType<typeof createReferenceListsService>

/**
 * The editable reference lists of Settings: action domains and head networks. Entries are archived, never deleted,
 * because needs, partners and agreements keep referring to them; every call answers the fresh reference data.
 */
export function createReferenceListsService({ db }: { db: AppDatabase }) {
  async function assertDomainLabelFree(trx: AppDatabase, label: string, exceptId?: number): Promise<void> {
    const rows = await trx.selectFrom('action_domains').select(['id', 'label']).execute()
    const clash = rows.find((row) => row.id !== exceptId && foldForSearch(row.label) === foldForSearch(label))
    if (clash)
      throw new ConflictError(`Le domaine « ${clash.label} » existe déjà.`, {
        label: 'Ce domaine existe déjà.'
      })
  }

  async function addDomain(input: DomainInput): Promise<ReferenceData> {
    await db.transaction().execute(async (trx) => {
      await assertDomainLabelFree(trx, input.label)
      const last = await trx
        .selectFrom('action_domains')
        .select((eb) => eb.fn.max('position').as('position'))
        .executeTakeFirst()
      // Codes of added domains are derived from the label and made unique with the row count.
      const count = await trx
        .selectFrom('action_domains')
        .select((eb) => eb.fn.countAll<number>().as('count'))
        .executeTakeFirstOrThrow()
      const slug = foldForSearch(input.label)
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '')
      await trx
        .insertInto('action_domains')
        .values({
          code: `custom-${Number(count.count) + 1}-${slug}`.slice(0, 80),
          label: input.label,
          engagement_code: input.engagement,
          position: Number(last?.position ?? 0) + 1
        })
        .execute()
    })
    return getReferenceData(db)
  }

  async function updateDomain(id: number, input: DomainInput): Promise<ReferenceData> {
    await assertDomainLabelFree(db, input.label, id)
    const result = await db
      .updateTable('action_domains')
      .set({ label: input.label, engagement_code: input.engagement })
      .where('id', '=', id)
      .executeTakeFirst()
    if (result.numUpdatedRows === 0n) throw new NotFoundError(`Le domaine n° ${id} n'existe pas.`)
    return getReferenceData(db)
  }

  async function setDomainArchived(id: number, archived: boolean): Promise<ReferenceData> {
    const result = await db
      .updateTable('action_domains')
      .set({ archived: archived ? 1 : 0 })
      .where('id', '=', id)
      .executeTakeFirst()
    if (result.numUpdatedRows === 0n) throw new NotFoundError(`Le domaine n° ${id} n'existe pas.`)
    return getReferenceData(db)
  }

  async function saveHeadNetwork(id: number | null, input: HeadNetworkInput): Promise<ReferenceData> {
    const clash = await db
      .selectFrom('head_networks')
      .select(['id', 'name'])
      .where('name', '=', input.name)
      .executeTakeFirst()
    if (clash && clash.id !== id)
      throw new ConflictError(`La tête de réseau « ${clash.name} » existe déjà.`, {
        name: 'Cette tête de réseau existe déjà.'
      })
    const values = { name: input.name, acronym: input.acronym === '' ? null : input.acronym }
    if (id === null) {
      await db.insertInto('head_networks').values(values).execute()
    } else {
      const result = await db.updateTable('head_networks').set(values).where('id', '=', id).executeTakeFirst()
      if (result.numUpdatedRows === 0n) throw new NotFoundError(`La tête de réseau n° ${id} n'existe pas.`)
    }
    return getReferenceData(db)
  }

  async function setHeadNetworkArchived(id: number, archived: boolean): Promise<ReferenceData> {
    const result = await db
      .updateTable('head_networks')
      .set({ archived: archived ? 1 : 0 })
      .where('id', '=', id)
      .executeTakeFirst()
    if (result.numUpdatedRows === 0n) throw new NotFoundError(`La tête de réseau n° ${id} n'existe pas.`)
    return getReferenceData(db)
  }

  return {
    addDomain,
    updateDomain,
    setDomainArchived,
    addHeadNetwork: (input: HeadNetworkInput) => saveHeadNetwork(null, input),
    updateHeadNetwork: (id: number, input: HeadNetworkInput) => saveHeadNetwork(id, input),
    setHeadNetworkArchived
  }
}

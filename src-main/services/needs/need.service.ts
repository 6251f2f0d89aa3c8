import type { AppDatabase } from '../../db/schema'
import type { AgreementSummary } from '../../shared/domain/agreement'
import type { LocalNeed, LocalNeedSummary } from '../../shared/domain/need'
import { ConflictError, NotFoundError, ValidationError, type FieldErrors } from '../../shared/errors'
import type { NeedInput, NeedQuery } from '../../shared/schemas/need.schema'
import { foldForSearch } from '../../shared/validation/search-text'
import type { CommuneDirectory } from '../communes/commune-directory'
import { toNeed } from './need.mapper'
import {
  findNeedRow,
  insertNeedRow,
  listCommuneRows,
  replaceCommuneRows,
  searchNeedRows
} from './need.repository'

export interface NeedServiceDeps {
  db: AppDatabase
  communes: () => Promise<CommuneDirectory>
  /** The register query, so that a need page lists its agreements the way the register does. */
  listAgreements: (needId: number) => Promise<AgreementSummary[]>
  now?: () => Date
}

export type NeedService = ReturnType<typeof createNeedService>

/** Local needs: the starting point of every agreement, with their territory resolved against the official communes. */
export function createNeedService({ db, communes, listAgreements, now = () => new Date() }: NeedServiceDeps) {
  async function get(id: number): Promise<LocalNeed> {
    const row = await findNeedRow(db, id)
    if (!row) throw new NotFoundError(`Le besoin local n° ${id} n'existe pas.`)
    return toNeed(row, await listCommuneRows(db, [id]))
  }

  async function list(query: NeedQuery = {}): Promise<LocalNeedSummary[]> {
    const words = foldForSearch(query.search ?? '')
      .split(' ')
      .filter((word) => word.length > 0)
    const rows = await searchNeedRows(db, { words, limit: query.limit ?? 500, offset: query.offset ?? 0 })
    const communeRows = await listCommuneRows(
      db,
      rows.map((row) => row.id)
    )
    return rows.map((row) =>
      toNeed(
        row,
        communeRows.filter((commune) => commune.need_id === row.id)
      )
    )
  }

  async function prepare(input: NeedInput) {
    const fieldErrors: FieldErrors = {}
    const directory = input.communes.length > 0 ? await communes() : null
    const resolved = input.communes.flatMap((commune, index) => {
      const match = directory?.find(commune.postalCode, commune.name)
      if (!match) {
        fieldErrors[`communes.${index}`] =
          `La commune « ${commune.name} » ne correspond pas au code postal ${commune.postalCode}.`
        return []
      }
      return [
        {
          commune_code: match.code,
          commune_name: match.name,
          postal_code: match.postalCode,
          department: match.department
        }
      ]
    })
    const unique = resolved.filter(
      (commune, index) => resolved.findIndex((other) => other.commune_code === commune.commune_code) === index
    )
    if (input.domainId !== null) {
      const domain = await db
        .selectFrom('action_domains')
        .select('id')
        .where('id', '=', input.domainId)
        .executeTakeFirst()
      if (!domain) fieldErrors.domainId = "Ce domaine d'action n'existe pas."
    }
    if (Object.keys(fieldErrors).length > 0)
      throw new ValidationError('Certains champs sont à corriger.', fieldErrors)
    return { input, communes: unique }
  }

  function toRow(input: NeedInput, communeNames: string[]) {
    return {
      title: input.title,
      description: input.description,
      target_public: input.targetPublic,
      people_reached: input.peopleReached,
      domain_id: input.domainId,
      identified_by: input.identifiedBy,
      search_text: foldForSearch(
        [input.title, input.description, input.targetPublic, ...communeNames].join(' ')
      )
    }
  }

  async function create(needInput: NeedInput): Promise<LocalNeed> {
    const { input, communes: resolved } = await prepare(needInput)
    const timestamp = now().toISOString()
    const id = await db.transaction().execute(async (trx) => {
      const needId = await insertNeedRow(trx, {
        ...toRow(
          input,
          resolved.map((commune) => commune.commune_name)
        ),
        created_at: timestamp,
        updated_at: timestamp
      })
      await replaceCommuneRows(trx, needId, resolved)
      return needId
    })
    return get(id)
  }

  async function update(id: number, needInput: NeedInput): Promise<LocalNeed> {
    const { input, communes: resolved } = await prepare(needInput)
    await db.transaction().execute(async (trx) => {
      const result = await trx
        .updateTable('local_needs')
        .set({
          ...toRow(
            input,
            resolved.map((commune) => commune.commune_name)
          ),
          updated_at: now().toISOString()
        })
        .where('id', '=', id)
        .executeTakeFirst()
      if (result.numUpdatedRows === 0n) throw new NotFoundError(`Le besoin local n° ${id} n'existe pas.`)
      await replaceCommuneRows(trx, id, resolved)
    })
    return get(id)
  }

  /** A need that agreements refer to is kept: deleting it would orphan them. */
  async function remove(id: number): Promise<void> {
    const need = await get(id)
    if (need.agreementCount > 0)
      throw new ConflictError(
        `Ce besoin est lié à ${need.agreementCount} convention(s) : il ne peut pas être supprimé.`
      )
    await db.deleteFrom('local_needs').where('id', '=', id).execute()
  }

  async function agreements(id: number): Promise<AgreementSummary[]> {
    await get(id)
    return listAgreements(id)
  }

  return { get, list, create, update, remove, agreements }
}

import type { AppDatabase } from '../../db/schema'
import type { Partner, PartnerQuery, PartnerSummary } from '../../shared/domain/partner'
import { ConflictError, NotFoundError, ValidationError, type FieldErrors } from '../../shared/errors'
import type { PartnerInput } from '../../shared/schemas/partner.schema'
import { normalizePhone } from '../../shared/validation/phone'
import { normalizeRna } from '../../shared/validation/rna'
import { foldForSearch } from '../../shared/validation/search-text'
import { normalizeSiret } from '../../shared/validation/siret'
import type { CommuneDirectory } from '../communes/commune-directory'
import { toPartner, toPartnerSummary } from './partner.mapper'
import {
  findPartnerBySiret,
  findPartnerRow,
  insertPartnerRow,
  listContactRows,
  replaceContactRows,
  searchPartnerRows,
  updatePartnerRow
} from './partner.repository'

export interface PartnerServiceDeps {
  db: AppDatabase
  communes: () => Promise<CommuneDirectory>
  now?: () => Date
}

export type PartnerService = ReturnType<typeof createPartnerService>

const DEFAULT_LIST_LIMIT = 500

/** The partner register: validation beyond the form schema (communes, duplicates), then storage. */
export function createPartnerService({ db, communes, now = () => new Date() }: PartnerServiceDeps) {
  async function get(id: number): Promise<Partner> {
    const row = await findPartnerRow(db, id)
    if (!row) throw new NotFoundError(`Le partenaire n° ${id} n'existe pas.`)
    return toPartner(row, await listContactRows(db, id))
  }

  async function list(query: PartnerQuery = {}): Promise<PartnerSummary[]> {
    const words = foldForSearch(query.search ?? '')
      .split(' ')
      .filter((word) => word.length > 0)
    const rows = await searchPartnerRows(db, {
      words,
      includeArchived: query.includeArchived ?? false,
      limit: query.limit ?? DEFAULT_LIST_LIMIT,
      offset: query.offset ?? 0
    })
    return rows.map(toPartnerSummary)
  }

  /** Parses and normalizes the form values; throws a ValidationError naming each faulty field. */
  async function prepare(input: PartnerInput) {
    const fieldErrors: FieldErrors = {}
    let commune: { name: string; code: string } | null = null
    if (input.postalCode !== '') {
      const directory = await communes()
      const candidates = directory.byPostalCode(input.postalCode)
      const match = directory.find(input.postalCode, input.commune)
      if (candidates.length === 0) {
        fieldErrors.postalCode = `Aucune commune n'a le code postal ${input.postalCode}.`
      } else if (!match) {
        const names = candidates
          .slice(0, 5)
          .map((candidate) => candidate.name)
          .join(', ')
        fieldErrors.commune = `La commune « ${input.commune} » ne correspond pas au code postal ${input.postalCode} (${names}${candidates.length > 5 ? '…' : ''}).`
      } else {
        commune = { name: match.name, code: match.code }
      }
    }
    if (input.headNetworkId !== null) {
      const network = await db
        .selectFrom('head_networks')
        .select('id')
        .where('id', '=', input.headNetworkId)
        .executeTakeFirst()
      if (!network) fieldErrors.headNetworkId = "Cette tête de réseau n'existe pas."
    }
    if (Object.keys(fieldErrors).length > 0)
      throw new ValidationError('Certains champs sont à corriger.', fieldErrors)
    return { input, commune }
  }

  function toRow(input: PartnerInput, commune: { name: string; code: string } | null) {
    const siret = normalizeSiret(input.siret)
    const rna = normalizeRna(input.rna)
    const communeName = commune?.name ?? null
    return {
      name: input.name,
      legal_form: input.legalForm,
      statuses: JSON.stringify(input.statuses),
      managing_body_name: input.managingBodyName === '' ? null : input.managingBodyName,
      share_capital_cents: input.shareCapitalCents,
      rcs_city: input.rcsCity === '' ? null : input.rcsCity,
      siret: siret === '' ? null : siret,
      rna: rna === '' ? null : rna,
      address_line: input.addressLine === '' ? null : input.addressLine,
      postal_code: input.postalCode === '' ? null : input.postalCode,
      commune: communeName,
      commune_code: commune?.code ?? null,
      head_network_id: input.headNetworkId,
      labelled: input.labelled ? 1 : 0,
      general_interest: input.generalInterest ? 1 : 0,
      search_text: foldForSearch(
        [input.name, communeName, input.postalCode, siret, rna].filter(Boolean).join(' ')
      )
    }
  }

  function toContactRows(input: PartnerInput) {
    return input.contacts.map((contact, position) => ({
      ...(contact.id === undefined ? {} : { id: contact.id }),
      name: contact.name,
      role: contact.role === '' ? null : contact.role,
      email: contact.email === '' ? null : contact.email.toLowerCase(),
      phone: contact.phone === '' ? null : normalizePhone(contact.phone),
      may_sign: contact.maySign ? 1 : 0,
      position
    }))
  }

  async function assertSiretFree(trx: AppDatabase, siret: string | null, exceptId?: number): Promise<void> {
    if (siret === null) return
    const existing = await findPartnerBySiret(trx, siret)
    if (existing && existing.id !== exceptId) {
      throw new ConflictError(
        `Ce SIRET est déjà celui de « ${existing.name} » (partenaire n° ${existing.id}).`,
        {
          siret: `Déjà utilisé par « ${existing.name} ».`
        }
      )
    }
  }

  async function create(partnerInput: PartnerInput): Promise<Partner> {
    const { input, commune } = await prepare(partnerInput)
    const row = toRow(input, commune)
    const timestamp = now().toISOString()
    const id = await db.transaction().execute(async (trx) => {
      await assertSiretFree(trx, row.siret)
      const partnerId = await insertPartnerRow(trx, { ...row, created_at: timestamp, updated_at: timestamp })
      await replaceContactRows(trx, partnerId, toContactRows(input))
      return partnerId
    })
    return get(id)
  }

  async function update(id: number, partnerInput: PartnerInput): Promise<Partner> {
    const { input, commune } = await prepare(partnerInput)
    const row = toRow(input, commune)
    await db.transaction().execute(async (trx) => {
      if (!(await findPartnerRow(trx, id))) throw new NotFoundError(`Le partenaire n° ${id} n'existe pas.`)
      await assertSiretFree(trx, row.siret, id)
      await updatePartnerRow(trx, id, { ...row, updated_at: now().toISOString() })
      await replaceContactRows(trx, id, toContactRows(input))
    })
    return get(id)
  }

  /** Archiving hides a structure from lists without deleting it: agreements may still refer to it. */
  async function setArchived(id: number, archived: boolean): Promise<Partner> {
    const partner = await get(id)
    if (partner.archived !== archived) {
      const timestamp = now().toISOString()
      await updatePartnerRow(db, id, { archived_at: archived ? timestamp : null, updated_at: timestamp })
    }
    return get(id)
  }

  return { get, list, create, update, setArchived }
}

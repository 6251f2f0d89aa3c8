import type { AppDatabase } from '../../db/schema'
import type { BundleManifest, BundleNeed, BundlePartner } from '../../shared/exchange/bundle-manifest.schema'
import { LEGAL_FORMS, PARTNER_STATUS_CODES } from '../../shared/reference/reference-data'
import { foldForSearch } from '../../shared/validation/search-text'

/**
 * Resolves the bundle's domains, partners and needs to local rows, creating what is missing. Runs inside the import
 * transaction. Matching keys: domains by code (then label); partners by SIRET (the legal identity of a structure),
 * else by exact name for structures without one; needs by title and communes, since a need has no identifier that
 * survives between installations — the same need exported twice resolves to the same row.
 */
export function createReferenceResolver(trx: AppDatabase, manifest: BundleManifest, at: string) {
  const domainIds = new Map<string, number | null>()
  const partnerIds = new Map<string, number>()
  const needIds = new Map<string, number>()
  const partnerByKey = new Map(manifest.partners.map((partner) => [partner.key, partner]))
  const needByKey = new Map(manifest.needs.map((need) => [need.key, need]))
  const legalForms = new Set<string>(LEGAL_FORMS.map((form) => form.code))
  const partnerStatuses = new Set<string>(PARTNER_STATUS_CODES)

  async function domainId(code: string): Promise<number | null> {
    const known = domainIds.get(code)
    if (known !== undefined) return known
    const byCode = await trx
      .selectFrom('action_domains')
      .select('id')
      .where('code', '=', code)
      .executeTakeFirst()
    let id = byCode?.id ?? null
    const incoming = manifest.domains.find((domain) => domain.code === code)
    if (id === null && incoming) {
      const all = await trx.selectFrom('action_domains').select(['id', 'label', 'position']).execute()
      id = all.find((row) => foldForSearch(row.label) === foldForSearch(incoming.label))?.id ?? null
      if (id === null) {
        const position = Math.max(0, ...all.map((row) => row.position)) + 1
        id = (
          await trx
            .insertInto('action_domains')
            .values({ code, label: incoming.label, engagement_code: incoming.engagementCode, position })
            .returning('id')
            .executeTakeFirstOrThrow()
        ).id
      }
    }
    domainIds.set(code, id)
    return id
  }

  async function headNetworkId(name: string | null): Promise<number | null> {
    if (name === null) return null
    const found = await trx
      .selectFrom('head_networks')
      .select('id')
      .where('name', '=', name)
      .executeTakeFirst()
    if (found) return found.id
    return (await trx.insertInto('head_networks').values({ name }).returning('id').executeTakeFirstOrThrow())
      .id
  }

  async function findPartner(partner: BundlePartner): Promise<number | null> {
    if (partner.siret !== null) {
      const row = await trx
        .selectFrom('partners')
        .select('id')
        .where('siret', '=', partner.siret)
        .executeTakeFirst()
      return row?.id ?? null
    }
    const rows = await trx.selectFrom('partners').select(['id', 'name']).where('siret', 'is', null).execute()
    return rows.find((row) => row.name.trim().toLowerCase() === partner.name.trim().toLowerCase())?.id ?? null
  }

  async function insertPartner(partner: BundlePartner): Promise<number> {
    const id = (
      await trx
        .insertInto('partners')
        .values({
          name: partner.name,
          legal_form: legalForms.has(partner.legalForm) ? partner.legalForm : 'other',
          statuses: JSON.stringify(partner.statuses.filter((status) => partnerStatuses.has(status))),
          managing_body_name: partner.managingBodyName,
          share_capital_cents: partner.shareCapitalCents,
          rcs_city: partner.rcsCity,
          siret: partner.siret,
          rna: partner.rna,
          address_line: partner.addressLine,
          postal_code: partner.postalCode,
          commune: partner.commune,
          commune_code: partner.communeCode,
          head_network_id: await headNetworkId(partner.headNetwork),
          labelled: partner.labelled ? 1 : 0,
          general_interest: partner.generalInterest ? 1 : 0,
          search_text: foldForSearch(
            [partner.name, partner.commune, partner.postalCode, partner.siret, partner.rna]
              .filter(Boolean)
              .join(' ')
          ),
          archived_at: null,
          created_at: at,
          updated_at: at
        })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id
    if (partner.contacts.length > 0)
      await trx
        .insertInto('partner_contacts')
        .values(
          partner.contacts.map((contact, position) => ({
            partner_id: id,
            name: contact.name,
            role: contact.role,
            email: contact.email,
            phone: contact.phone,
            may_sign: contact.maySign ? 1 : 0,
            position
          }))
        )
        .execute()
    return id
  }

  /** A partner already here is left as it is: the import brings agreements, it does not rewrite local partners. */
  async function partnerId(key: string | null): Promise<number | null> {
    if (key === null) return null
    const known = partnerIds.get(key)
    if (known !== undefined) return known
    const partner = partnerByKey.get(key)
    if (!partner) return null
    const id = (await findPartner(partner)) ?? (await insertPartner(partner))
    partnerIds.set(key, id)
    return id
  }

  async function findNeed(need: BundleNeed): Promise<number | null> {
    const candidates = await trx
      .selectFrom('local_needs')
      .select('id')
      .where('title', '=', need.title)
      .execute()
    const wanted = need.communes.map((commune) => commune.communeCode).join(',')
    for (const candidate of candidates) {
      const communes = await trx
        .selectFrom('need_communes')
        .select('commune_code')
        .where('need_id', '=', candidate.id)
        .orderBy('position')
        .execute()
      if (communes.map((commune) => commune.commune_code).join(',') === wanted) return candidate.id
    }
    return null
  }

  async function insertNeed(need: BundleNeed): Promise<number> {
    const id = (
      await trx
        .insertInto('local_needs')
        .values({
          title: need.title,
          description: need.description,
          target_public: need.targetPublic,
          people_reached: need.peopleReached,
          domain_id: need.domainCode === null ? null : await domainId(need.domainCode),
          identified_by: need.identifiedBy,
          search_text: foldForSearch(
            [
              need.title,
              need.description,
              need.targetPublic,
              ...need.communes.map((c) => c.communeName)
            ].join(' ')
          ),
          created_at: at,
          updated_at: at
        })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id
    if (need.communes.length > 0)
      await trx
        .insertInto('need_communes')
        .values(
          need.communes.map((commune, position) => ({
            need_id: id,
            position,
            commune_code: commune.communeCode,
            commune_name: commune.communeName,
            postal_code: commune.postalCode,
            department: commune.department
          }))
        )
        .execute()
    return id
  }

  async function needId(key: string | null): Promise<number | null> {
    if (key === null) return null
    const known = needIds.get(key)
    if (known !== undefined) return known
    const need = needByKey.get(key)
    if (!need) return null
    const id = (await findNeed(need)) ?? (await insertNeed(need))
    needIds.set(key, id)
    return id
  }

  async function contactId(localPartnerId: number | null, name: string | null): Promise<number | null> {
    if (localPartnerId === null || name === null) return null
    const row = await trx
      .selectFrom('partner_contacts')
      .select('id')
      .where('partner_id', '=', localPartnerId)
      .where('name', '=', name)
      .executeTakeFirst()
    return row?.id ?? null
  }

  return { domainId, partnerId, needId, contactId }
}

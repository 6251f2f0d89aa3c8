import { inSlices } from '../../db/in-slices'
import type { AppDatabase } from '../../db/schema'
import type { AgreementRowWithNames } from '../agreements/agreement.repository'
import { toAgreementContent } from '../agreements/agreement.mapper'
import type {
  BundleAgreement,
  BundleNeed,
  BundlePartner,
  PortableContent
} from '../../shared/exchange/bundle-manifest.schema'
import { portableContentSchema } from '../../shared/exchange/bundle-manifest.schema'
import type { AgreementContent } from '../../shared/schemas/agreement.schema'
import type { AgreementStatus } from '../../shared/domain/agreement'
import { agreementContentHash, partnerIdentity } from './content-hash'
import { toBundleAmendment } from './portable-amendments'
import { statusesOf } from '../partners/partner.mapper'

function groupBy<T>(rows: readonly T[], key: (row: T) => number): Map<number, T[]> {
  const groups = new Map<number, T[]>()
  for (const row of rows) {
    const list = groups.get(key(row))
    if (list) list.push(row)
    else groups.set(key(row), [row])
  }
  return groups
}

const PORTABLE_KEYS = Object.keys(portableContentSchema.shape) as Array<keyof PortableContent>

/** The content without local ids, keys in schema order. */
export function toPortableContent(content: AgreementContent): PortableContent {
  return Object.fromEntries(PORTABLE_KEYS.map((key) => [key, content[key]])) as PortableContent
}

/** An agreement ready to travel, with its local id kept aside for the exporting side's bookkeeping. */
export interface PortableAgreement {
  id: number
  agreement: Omit<BundleAgreement, 'baseHash'>
  partnerName: string | null
  partnerSiret: string | null
  headNetworkId: number | null
}

export interface PortableSet {
  agreements: PortableAgreement[]
  partners: BundlePartner[]
  needs: BundleNeed[]
}

export interface PortableOptions {
  /** Leaves contacts' names, e-mails and phones out (a head network that only needs the figures). */
  anonymised?: boolean
  /** Skips history and contacts: what the import preview needs to compare contents. */
  contentOnly?: boolean
}

/**
 * Loads agreements, their partners and needs in the bundle's portable form: local ids replaced by keys and codes,
 * each agreement with the content hash the import compares.
 */
export async function loadPortableAgreements(
  db: AppDatabase,
  ids: readonly number[],
  { anonymised = false, contentOnly = false }: PortableOptions = {}
): Promise<PortableSet> {
  const rows: AgreementRowWithNames[] = await inSlices(ids, (slice) =>
    db
      .selectFrom('agreements')
      .leftJoin('partners', 'partners.id', 'agreements.partner_id')
      .leftJoin('local_needs', 'local_needs.id', 'agreements.need_id')
      .selectAll('agreements')
      .select(['partners.name as partner_name', 'local_needs.title as need_title'])
      .where('agreements.id', 'in', slice)
      .orderBy('agreements.reference')
      .execute()
  )
  const domainRows = groupBy(
    await inSlices(ids, (slice) =>
      db
        .selectFrom('agreement_domains')
        .innerJoin('action_domains', 'action_domains.id', 'agreement_domains.domain_id')
        .select(['agreement_id', 'domain_id', 'action_domains.code'])
        .where('agreement_id', 'in', slice)
        .orderBy('domain_id')
        .execute()
    ),
    (row) => row.agreement_id
  )
  const benefitRows = groupBy(
    await inSlices(ids, (slice) =>
      db
        .selectFrom('agreement_benefits')
        .innerJoin('benefits', 'benefits.code', 'agreement_benefits.benefit_code')
        .select(['agreement_id', 'benefit_code'])
        .where('agreement_id', 'in', slice)
        .orderBy('benefits.position')
        .execute()
    ),
    (row) => row.agreement_id
  )
  const historyRows = contentOnly
    ? new Map<number, never[]>()
    : groupBy(
        await inSlices(ids, (slice) =>
          db
            .selectFrom('agreement_history')
            .selectAll()
            .where('agreement_id', 'in', slice)
            .orderBy('id')
            .execute()
        ),
        (row) => row.agreement_id
      )

  // Signatures of the agreement and of its amendments: who, for which party, when, where, how, and what.
  const signatureRows = contentOnly
    ? new Map<number, never[]>()
    : groupBy(
        await inSlices(ids, (slice) =>
          db
            .selectFrom('document_signatures')
            .leftJoin('agreement_amendments', 'agreement_amendments.id', 'document_signatures.amendment_id')
            .select([
              'document_signatures.agreement_id',
              'agreement_amendments.number as amendment_number',
              'document_signatures.party',
              'document_signatures.signer_name',
              'document_signatures.signer_title',
              'document_signatures.signed_at',
              'document_signatures.place',
              'document_signatures.method',
              'document_signatures.document_sha256',
              'document_signatures.scan_sha256'
            ])
            .where('document_signatures.agreement_id', 'in', slice)
            .orderBy('document_signatures.id')
            .execute()
        ),
        (row) => row.agreement_id
      )
  const amendmentRows = contentOnly
    ? new Map<number, never[]>()
    : groupBy(
        await inSlices(ids, (slice) =>
          db
            .selectFrom('agreement_amendments')
            .selectAll()
            .where('agreement_id', 'in', slice)
            .orderBy('number')
            .execute()
        ),
        (row) => row.agreement_id
      )

  const partnerIds = [...new Set(rows.map((row) => row.partner_id).filter((id) => id !== null))]
  const needIds = [...new Set(rows.map((row) => row.need_id).filter((id) => id !== null))]
  const partners = await loadPartners(db, partnerIds, anonymised || contentOnly)
  const needs = await loadNeeds(db, needIds)
  const contactNames = new Map<number, string>()
  if (!anonymised && !contentOnly) {
    const contacts = await inSlices(partnerIds, (slice) =>
      db.selectFrom('partner_contacts').select(['id', 'name']).where('partner_id', 'in', slice).execute()
    )
    for (const contact of contacts) contactNames.set(contact.id, contact.name)
  }
  const naming = { nameOf: (id: number | null) => (id === null ? null : (contactNames.get(id) ?? null)) }

  const agreements = rows.map((row): PortableAgreement => {
    const domains = domainRows.get(row.id) ?? []
    const full = toAgreementContent(
      row,
      domains.map((domain) => domain.domain_id),
      (benefitRows.get(row.id) ?? []).map((benefit) => benefit.benefit_code)
    )
    const { needId, partnerId, partnerSignatoryContactId } = full
    const content = toPortableContent(full)
    const partner = partnerId === null ? undefined : partners.byId.get(partnerId)
    const need = needId === null ? undefined : needs.byId.get(needId)
    const portable = {
      reference: row.reference,
      status: row.status as AgreementStatus,
      content,
      domainCodes: domains.map((domain) => domain.code),
      partnerIdentity: partnerIdentity(partner ?? null),
      needTitle: need?.title ?? null
    }
    return {
      id: row.id,
      partnerName: partner?.name ?? null,
      partnerSiret: partner?.siret ?? null,
      headNetworkId: partner === undefined ? null : (partners.headNetworkIds.get(partner.key) ?? null),
      agreement: {
        reference: row.reference,
        status: portable.status,
        year: row.year,
        department: row.department,
        wizardStep: row.wizard_step,
        createdAt: row.created_at,
        updatedAt: row.updated_at,
        partnerKey: partner?.key ?? null,
        needKey: need?.key ?? null,
        domainCodes: portable.domainCodes,
        partnerSignatoryName:
          partnerSignatoryContactId === null ? null : (contactNames.get(partnerSignatoryContactId) ?? null),
        content,
        contentHash: agreementContentHash(portable),
        history: (historyRows.get(row.id) ?? []).map((entry) => ({
          at: entry.at,
          kind: entry.kind,
          fromStatus: entry.from_status as AgreementStatus | null,
          toStatus: entry.to_status as AgreementStatus | null,
          summary: entry.summary
        })),
        signatures: (signatureRows.get(row.id) ?? []).map((signature) => ({
          amendmentNumber: signature.amendment_number,
          // An anonymised export leaves out the partner's people, signatories included.
          signerName: anonymised && signature.party === 'partner' ? '' : signature.signer_name,
          signerTitle: anonymised && signature.party === 'partner' ? '' : signature.signer_title,
          party: signature.party,
          signedAt: signature.signed_at,
          place: signature.place,
          method: signature.method,
          documentSha256: signature.document_sha256,
          scanSha256: anonymised ? null : signature.scan_sha256
        })),
        amendments: (amendmentRows.get(row.id) ?? []).map((amendment) =>
          toBundleAmendment(amendment, naming, anonymised)
        )
      }
    }
  })
  return { agreements, partners: [...partners.byId.values()], needs: [...needs.byId.values()] }
}

async function loadPartners(db: AppDatabase, ids: number[], withoutContacts: boolean) {
  const rows = await inSlices(ids, (slice) =>
    db
      .selectFrom('partners')
      .leftJoin('head_networks', 'head_networks.id', 'partners.head_network_id')
      .selectAll('partners')
      .select('head_networks.name as head_network_name')
      .where('partners.id', 'in', slice)
      .execute()
  )
  const contacts = withoutContacts
    ? new Map<number, never[]>()
    : groupBy(
        await inSlices(ids, (slice) =>
          db
            .selectFrom('partner_contacts')
            .selectAll()
            .where('partner_id', 'in', slice)
            .orderBy('position')
            .execute()
        ),
        (row) => row.partner_id
      )
  const byId = new Map<number, BundlePartner>()
  const headNetworkIds = new Map<string, number>()
  for (const row of rows) {
    const key = `p${row.id}`
    if (row.head_network_id !== null) headNetworkIds.set(key, row.head_network_id)
    byId.set(row.id, {
      key,
      name: row.name,
      legalForm: row.legal_form,
      statuses: statusesOf(row.statuses),
      managingBodyName: row.managing_body_name,
      shareCapitalCents: row.share_capital_cents,
      rcsCity: row.rcs_city,
      siret: row.siret,
      rna: row.rna,
      addressLine: row.address_line,
      postalCode: row.postal_code,
      commune: row.commune,
      communeCode: row.commune_code,
      headNetwork: row.head_network_name,
      labelled: row.labelled === 1,
      generalInterest: row.general_interest === 1,
      contacts: (contacts.get(row.id) ?? []).map((contact) => ({
        name: contact.name,
        role: contact.role,
        email: contact.email,
        phone: contact.phone,
        maySign: contact.may_sign === 1
      }))
    })
  }
  return { byId, headNetworkIds }
}

async function loadNeeds(db: AppDatabase, ids: number[]) {
  const rows = await inSlices(ids, (slice) =>
    db
      .selectFrom('local_needs')
      .leftJoin('action_domains', 'action_domains.id', 'local_needs.domain_id')
      .selectAll('local_needs')
      .select('action_domains.code as domain_code')
      .where('local_needs.id', 'in', slice)
      .execute()
  )
  const communes = groupBy(
    await inSlices(ids, (slice) =>
      db.selectFrom('need_communes').selectAll().where('need_id', 'in', slice).orderBy('position').execute()
    ),
    (row) => row.need_id
  )
  const byId = new Map<number, BundleNeed>()
  for (const row of rows) {
    byId.set(row.id, {
      key: `n${row.id}`,
      title: row.title,
      description: row.description,
      targetPublic: row.target_public,
      peopleReached: row.people_reached,
      domainCode: row.domain_code,
      identifiedBy: row.identified_by,
      communes: (communes.get(row.id) ?? []).map((commune) => ({
        communeCode: commune.commune_code,
        communeName: commune.commune_name,
        postalCode: commune.postal_code,
        department: commune.department
      }))
    })
  }
  return { byId }
}

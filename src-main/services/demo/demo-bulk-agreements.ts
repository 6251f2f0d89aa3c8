import type { AppDatabase } from '../../db/schema'
import { DEFAULT_SETTINGS } from '../../shared/schemas/settings.schema'
import type { AgreementStatus } from '../../shared/domain/agreement'
import { PARTNERSHIP_TYPES } from '../../shared/reference/reference-data'
import { patronageEligibility } from '../../shared/partnership-types/patronage/patronage-eligibility'
import { supplierStatusesOf } from '../../shared/partnership-types/responsible-practices/supplier-status'
import type { PartnershipTypeCode } from '../../shared/reference/reference-data'
import type { AgreementContent } from '../../shared/schemas/agreement.schema'
import type { TermsCheckPartner } from '../../shared/agreements/check-context'
import { initialContent, termsPartnerOf } from '../agreements/agreement-defaults'
import { insertAgreement } from '../agreements/agreement-writer'
import { DEMO_AGREEMENTS } from './demo-agreements'

const BATCH_SIZE = 500

/** Deterministic pseudo-random picks per row (mulberry32), so that attributes vary independently of each other. */
function spread(seed: number): (size: number) => number {
  let state = seed + 0x6d2b79f5
  return (size) => {
    state = (state + 0x6d2b79f5) | 0
    let t = Math.imul(state ^ (state >>> 15), 1 | state)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * size)
  }
}
/** Mostly live agreements, as in a real register; every status appears. */
const STATUS_CYCLE: readonly AgreementStatus[] = [
  'active',
  'active',
  'signed',
  'draft',
  'ended',
  'ready_for_signature',
  'active',
  'terminated'
]

/** The first complete demo agreement of each type, as the model of the bulk rows of that type. */
const MODEL_OF_TYPE = new Map(
  DEMO_AGREEMENTS.filter((spec) => !spec.partial)
    .reverse()
    .map((spec) => [spec.type, spec] as const)
)

/**
 * A type that suits the partner (mécénat only to an eligible one), with the terms of the demo model of that type
 * and the partner's own supplier status.
 */
function bulkContent(
  type: PartnershipTypeCode,
  partner: TermsCheckPartner,
  startDate: string,
  durationMonths: number
): Partial<AgreementContent> {
  const fitting =
    type === 'patronage' && !patronageEligibility(partner).eligible ? 'economic-cooperation' : type
  const model = MODEL_OF_TYPE.get(fitting)
  const content: Partial<AgreementContent> = {
    ...model?.content(startDate),
    type: fitting,
    route: 'direct',
    startDate,
    durationMonths
  }
  if (content.terms?.type === 'responsible-practices') {
    const supplierStatus = supplierStatusesOf(partner.statuses)[0] ?? 'other'
    content.terms = { ...content.terms, supplierStatus, reservedMarket: supplierStatus !== 'other' }
  }
  return content
}

/**
 * What the signing gate asks of any convention past the draft: a title that announces its own type (the need's
 * title may say « achats » under a cooperation), and the « marchés réservés » benefit only with a reserved market.
 */
function coherent(content: AgreementContent, index: number, partnerName: string): AgreementContent {
  const typeLabel = PARTNERSHIP_TYPES.find((type) => type.code === content.type)?.label ?? 'Partenariat'
  const reserved = content.terms?.type === 'responsible-practices' && content.terms.reservedMarket
  return {
    ...content,
    title: `Convention ${index + 1} – ${typeLabel} avec ${partnerName}`,
    benefitCodes: reserved
      ? content.benefitCodes
      : content.benefitCodes.filter((code) => code !== 'reserved-markets')
  }
}

/**
 * Adds `count` complete agreements for scale tests, spread over the demo needs and partners, five years and every
 * type and status, each one the signing gate lets through. Written directly in batches of 500 per transaction (the service's one-by-one path would take
 * minutes for 10,000); the rows are the same shape the service writes, and the FTS triggers index them.
 */
export async function seedBulkAgreements(db: AppDatabase, count: number, now: Date): Promise<number> {
  const needs = await db
    .selectFrom('local_needs')
    .innerJoin('need_communes', (join) =>
      join.onRef('need_communes.need_id', '=', 'local_needs.id').on('need_communes.position', '=', 0)
    )
    .select(['local_needs.id', 'local_needs.title', 'local_needs.domain_id', 'need_communes.department'])
    .orderBy('local_needs.id')
    .execute()
  const partners = await db
    .selectFrom('partners')
    .select([
      'id',
      'name',
      'commune',
      'head_network_id',
      'general_interest',
      'legal_form',
      'statuses',
      'managing_body_name'
    ])
    .orderBy('id')
    .execute()
  const contacts = await db.selectFrom('partner_contacts').select(['id', 'partner_id', 'may_sign']).execute()
  if (needs.length === 0 || partners.length === 0) return 0
  const thisYear = now.getFullYear()
  const at = now.toISOString()
  let created = 0
  while (created < count) {
    const batchEnd = Math.min(count, created + BATCH_SIZE)
    await db.transaction().execute(async (trx) => {
      for (let index = created; index < batchEnd; index += 1) {
        const pick = spread(index)
        const need = needs[pick(needs.length)] as (typeof needs)[number]
        const partner = partners[pick(partners.length)] as (typeof partners)[number]
        const type = PARTNERSHIP_TYPES[pick(PARTNERSHIP_TYPES.length)]?.code ?? 'patronage'
        const year = thisYear - pick(5)
        const status = STATUS_CYCLE[pick(STATUS_CYCLE.length)] ?? 'draft'
        const month = String((index % 12) + 1).padStart(2, '0')
        const base = initialContent({
          need: { id: need.id, title: need.title, domainId: need.domain_id },
          partner: {
            ...termsPartnerOf(partner),
            id: partner.id,
            name: partner.name,
            commune: partner.commune,
            headNetworkId: partner.head_network_id,
            contacts: contacts
              .filter((contact) => contact.partner_id === partner.id)
              .map((contact) => ({ id: contact.id, maySign: contact.may_sign === 1 }))
          },
          settings: DEFAULT_SETTINGS,
          type,
          title: `Convention ${index + 1} – ${need.title}`
        })
        await insertAgreement(
          trx,
          {
            content: coherent(
              {
                ...base,
                ...bulkContent(type, termsPartnerOf(partner), `${year}-${month}-01`, 12 + (index % 3) * 12)
              },
              index,
              partner.name
            ),
            year,
            department: need.department,
            wizardStep: 8,
            status,
            history: { kind: 'created', summary: 'Convention créée (données de test).', toStatus: status }
          },
          at
        )
      }
    })
    created = batchEnd
  }
  return created
}

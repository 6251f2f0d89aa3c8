import type { AppDatabase } from '../../db/schema'
import type { CheckContext } from '../../shared/agreements/check-agreement'
import type { LegalFormCode } from '../../shared/reference/reference-data'
import { statusesOf } from '../partners/partner.mapper'

/** What `checkAgreement` needs to know about the partner, read from the database. */
export async function loadCheckPartner(
  db: AppDatabase,
  partnerId: number | null
): Promise<CheckContext['partner']> {
  if (partnerId === null) return null
  const partner = await db
    .selectFrom('partners')
    .select(['id', 'name', 'commune', 'general_interest', 'legal_form', 'statuses', 'head_network_id'])
    .where('id', '=', partnerId)
    .executeTakeFirst()
  if (!partner) return null
  const contacts = await db
    .selectFrom('partner_contacts')
    .select(['id', 'may_sign'])
    .where('partner_id', '=', partnerId)
    .orderBy('position')
    .execute()
  return {
    generalInterest: partner.general_interest === 1,
    legalForm: partner.legal_form as LegalFormCode,
    statuses: statusesOf(partner.statuses),
    headNetworkId: partner.head_network_id,
    contacts: contacts.map((contact) => ({ id: contact.id, maySign: contact.may_sign === 1 }))
  }
}

import type { Kysely } from 'kysely'
import type { PartnerContactTable, PartnerTable } from './tables/partner.table'
import type {
  ActionDomainTable,
  BenefitTable,
  EngagementTable,
  HeadNetworkTable,
  LegalFormTable,
  PartnershipTypeTable
} from './tables/reference.table'

/** Every table of the application database, as Kysely sees it. */
export interface Database {
  engagements: EngagementTable
  action_domains: ActionDomainTable
  partnership_types: PartnershipTypeTable
  benefits: BenefitTable
  legal_forms: LegalFormTable
  head_networks: HeadNetworkTable
  partners: PartnerTable
  partner_contacts: PartnerContactTable
}

export type AppDatabase = Kysely<Database>

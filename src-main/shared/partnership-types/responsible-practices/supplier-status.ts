import type { PartnerStatusCode } from '../../reference/reference-data'
import { PARTNER_STATUS_OF_SUPPLIER } from './responsible-practices-labels'
import type { SupplierStatus } from './responsible-practices-terms.schema'

const SUPPLIER_KINDS = Object.keys(PARTNER_STATUS_OF_SUPPLIER) as Array<
  keyof typeof PARTNER_STATUS_OF_SUPPLIER
>

/**
 * The supplier statuses the partner's record allows: those of its statuses (ESAT, EA, SIAE), or « other » when it
 * holds none. The supplier status of a purchase is one of them, never a claim the record does not support.
 */
export function supplierStatusesOf(statuses: readonly PartnerStatusCode[]): SupplierStatus[] {
  const held = SUPPLIER_KINDS.filter((kind) => statuses.includes(PARTNER_STATUS_OF_SUPPLIER[kind]))
  return held.length > 0 ? held : ['other']
}

/** ESAT and EA purchases count toward La Poste's disabled-employment obligation (art. L. 5212-10-1 C. trav.). */
export function allowsDisabilityDeduction(status: SupplierStatus | null): boolean {
  return status === 'esat' || status === 'ea'
}

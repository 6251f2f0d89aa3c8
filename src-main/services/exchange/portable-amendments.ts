import type { AmendmentRow } from '../../db/tables/document.table'
import type { AmendmentChange } from '../../shared/amendments/amendment-change.schema'
import type { RegisterState } from '../../shared/amendments/register-state'
import type { AmendedArticle } from '../../shared/documents/build-amendment'
import type {
  BundleAmendment,
  BundleAmendmentChange,
  BundleRegisterState
} from '../../shared/exchange/bundle-manifest.schema'
import { toAmendmentRecord } from '../amendments/amendment-records'

/** Local contact ids never travel: a contact is named, and found again by its name on the other side. */
export interface ContactNaming {
  nameOf: (contactId: number | null) => string | null
}

export function toBundleChange(change: AmendmentChange, naming: ContactNaming): BundleAmendmentChange {
  if (change.kind !== 'signatory') return change
  const { contactId, ...rest } = change
  return { ...rest, contactName: naming.nameOf(contactId) }
}

export function toBundleRegisterState(state: RegisterState, naming: ContactNaming): BundleRegisterState {
  const { partnerSignatoryContactId, ...rest } = state
  return { ...rest, partnerSignatoryName: naming.nameOf(partnerSignatoryContactId) }
}

/**
 * An amendment as it travels: the whole-article summary older readers know, then its structured changes, the
 * capacities it names and, once signed, the register state it replaced. An anonymised bundle names no partner person.
 */
export function toBundleAmendment(
  row: AmendmentRow,
  naming: ContactNaming,
  anonymised: boolean
): BundleAmendment {
  const record = toAmendmentRecord(row)
  const signatories = record.signatories
  return {
    number: row.number,
    reason: row.reason,
    effectiveDate: row.effective_date,
    changes: JSON.parse(row.changes) as AmendedArticle[],
    status: row.status,
    createdAt: row.created_at,
    signedAt: row.signed_at,
    structuredChanges: record.changes?.map((change) => toBundleChange(change, naming)) ?? null,
    signatories:
      signatories && anonymised ? { ...signatories, partner: { name: '', title: '' } } : signatories,
    registerBefore: record.recordBefore ? toBundleRegisterState(record.recordBefore, naming) : null
  }
}

/** A contact named in a bundle, found here among the partner's contacts who may sign; null when none is. */
export interface ContactFinding {
  idOf: (name: string | null) => number | null
}

/** The travelling change with the local contact its name designates, or the name it could not find. */
export function fromBundleChange(
  change: BundleAmendmentChange,
  finding: ContactFinding
): { change: AmendmentChange } | { missingContact: string } {
  if (change.kind !== 'signatory') return { change }
  const { contactName, ...rest } = change
  const contactId = rest.party === 'partner' ? finding.idOf(contactName) : null
  if (rest.party === 'partner' && contactId === null) return { missingContact: contactName ?? '' }
  return { change: { ...rest, contactId } }
}

export function fromBundleRegisterState(state: BundleRegisterState, finding: ContactFinding): RegisterState {
  const { partnerSignatoryName, ...rest } = state
  return { ...rest, partnerSignatoryContactId: finding.idOf(partnerSignatoryName) }
}

/** Same reason and same amended articles: the same amendment, whatever its status. */
export function sameAmendment(
  local: { reason: string; changes: string },
  incoming: BundleAmendment
): boolean {
  return local.reason === incoming.reason && local.changes === JSON.stringify(incoming.changes)
}

import { emptyTerms } from '@shared/agreements/empty-terms'
import type { PartnershipTypeCode } from '@shared/reference/reference-data'
import type { AgreementTerms } from '@shared/schemas/agreement-terms.schema'

const PREFIX = 'alliance-conventions:modalites-mises-de-cote:'

type Kept = Partial<Record<PartnershipTypeCode, AgreementTerms>>

function read(agreementId: number): Kept {
  try {
    return JSON.parse(localStorage.getItem(PREFIX + agreementId) ?? '{}') as Kept
  } catch {
    return {}
  }
}

/** Whether terms hold anything typed: blank terms of their type are not worth keeping or asking about. */
export function hasTypedTerms(terms: AgreementTerms | null): boolean {
  return terms !== null && JSON.stringify(terms) !== JSON.stringify(emptyTerms(terms.type))
}

/**
 * Terms set aside when the coordinator switches type, kept on this computer per agreement and type, so that
 * coming back to a type finds its terms as they were (the database holds only the current type's terms).
 */
export const keptTerms = {
  put(agreementId: number, terms: AgreementTerms): void {
    localStorage.setItem(PREFIX + agreementId, JSON.stringify({ ...read(agreementId), [terms.type]: terms }))
  },
  take(agreementId: number, type: PartnershipTypeCode): AgreementTerms | undefined {
    const kept = read(agreementId)
    const terms = kept[type]
    if (!terms) return undefined
    delete kept[type]
    localStorage.setItem(PREFIX + agreementId, JSON.stringify(kept))
    return terms.type === type ? terms : undefined
  }
}

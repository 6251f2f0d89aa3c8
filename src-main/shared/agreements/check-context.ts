import type { ClauseWordings } from '../documents/clause-library/clause-definition'
import type { LocalNeed } from '../domain/need'
import type { Partner } from '../domain/partner'
import type { Settings } from '../schemas/settings.schema'

/** What the type-specific rules read on the partner's record. */
export type TermsCheckPartner = Pick<
  Partner,
  'generalInterest' | 'legalForm' | 'statuses' | 'managingBodyName'
>

/**
 * What the signing gate needs beyond the agreement's content; the service reads it from the database
 * (`agreement-check-context.ts`), and so must any other path that checks an agreement (an import…).
 */
export interface CheckContext {
  /** The partner's record with its contacts, or null when none is chosen or it no longer exists. */
  partner: Partner | null
  /** Today, yyyy-mm-dd. */
  today: string
  /** What the convention prints beyond the content: the gate builds the document and refuses any placeholder. */
  document: ConventionFacts
}

export interface ConventionFacts {
  reference: string
  need: LocalNeed | null
  settings: Settings
  /** Labels of the agreement's action domains, in order. */
  domainLabels: string[]
  benefitLabels: string[]
  /** The coordinator's wordings of the clause library, when edited. */
  wordings?: ClauseWordings
}

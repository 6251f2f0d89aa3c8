import { COMPANY_LEGAL_FORMS, type PartnershipTypeCode } from '../../reference/reference-data'
import type { RenewalRule } from '../../schemas/agreement.schema'
import type { DocumentSources } from '../document-sources'
import { MISSING } from '../document-sources'
import { formatLongDate, formatMonths } from '../french-format'

/** How the convention is (or will be) signed: the signature formula and the copies follow from it. */
export type SignatureMode = 'electronic' | 'paper-signed' | 'paper-unsigned'

/**
 * What the common clauses depend on, computed once from the records: the conditions that pick a variant and the
 * values of the slots. Plain data, so the Settings screen can preview a wording on a sample.
 */
export interface ConventionFacts {
  type: PartnershipTypeCode | null
  /** A commercial company (SA, SAS, SARL, SCOP, SCIC): a clause choosing a court is valid (art. 48 CPC). */
  partnerIsTrader: boolean
  renewalRule: RenewalRule | null
  /** Exclusivity is a chosen term of the type (economic cooperation). */
  exclusivityChosen: boolean
  nationalFramework: boolean
  signatureMode: SignatureMode
  /** Slot values, already written the French way. */
  startDate: string
  endDate: string
  duration: string
  notice: string
  /** « de Bordeaux », or the court described when Settings do not name the direction's city. */
  laPosteCourt: string
  headNetwork: string
  partnerNotices: string
  laPosteNotices: string
  signaturePlace: string
  signatureDate: string
  /** « l’annexe 1 (fiche du besoin local) », set once the annexes are known. */
  annexList: string
}

function firstNonEmpty(...values: ReadonlyArray<string | null | undefined>): string {
  return values.map((value) => value?.trim() ?? '').find((value) => value !== '') ?? MISSING
}

/** The facts of a convention. `signedOn`/`signedAt` come from the signature records when there are some. */
export function conventionFacts(
  { agreement, partner, settings, partnerSignatory }: DocumentSources,
  signature: { mode: SignatureMode; place?: string; date?: string }
): ConventionFacts {
  const terms = agreement.terms
  const party = settings.laPosteParty
  const signatoryName = agreement.laPosteSignatory.name.trim()
  return {
    type: agreement.type,
    partnerIsTrader: partner !== null && COMPANY_LEGAL_FORMS.has(partner.legalForm),
    renewalRule: agreement.renewalRule,
    exclusivityChosen: terms?.type === 'economic-cooperation' && terms.exclusivity,
    nationalFramework: agreement.route === 'national-framework',
    signatureMode: signature.mode,
    startDate: agreement.startDate ? formatLongDate(agreement.startDate) : MISSING,
    endDate: agreement.endDate ? formatLongDate(agreement.endDate) : MISSING,
    duration: agreement.durationMonths ? formatMonths(agreement.durationMonths) : MISSING,
    notice: agreement.noticeMonths === null ? MISSING : formatMonths(agreement.noticeMonths),
    laPosteCourt:
      party.regionalDirectionCity.trim() === ''
        ? 'dans le ressort duquel se trouve la direction régionale de La Poste signataire'
        : `de ${party.regionalDirectionCity.trim()}`,
    headNetwork: firstNonEmpty(partner?.headNetwork),
    partnerNotices: partnerSignatory
      ? `${partnerSignatory.name}${partnerSignatory.role ? `, ${partnerSignatory.role}` : ''}, au siège du Partenaire${partnerSignatory.email ? ` (${partnerSignatory.email})` : ''}`
      : MISSING,
    laPosteNotices: [signatoryName === '' ? MISSING : signatoryName, party.regionalDirection.trim()]
      .filter((part) => part !== '')
      .join(', '),
    signaturePlace: firstNonEmpty(signature.place, agreement.place),
    signatureDate: signature.date ?? '………………',
    annexList: MISSING
  }
}

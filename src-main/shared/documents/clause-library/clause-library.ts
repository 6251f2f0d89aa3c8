import {
  ANNEXES_CLAUSE,
  DISPUTES_CLAUSE,
  ENTIRE_AGREEMENT_CLAUSE,
  FINANCIAL_TERMS_CLAUSE,
  NOTICES_CLAUSE,
  SIGNATURE_FORMULA_CLAUSE,
  TERMINATION_BREACH_CLAUSE,
  TERMINATION_CONSEQUENCES_CLAUSE,
  TERMINATION_CONVENIENCE_CLAUSE
} from './common-clauses-ending'
import {
  ASSIGNMENT_CLAUSE,
  COMMUNICATION_CLAUSE,
  CONFIDENTIALITY_CLAUSE,
  DURATION_CLAUSE,
  ETHICS_CLAUSE,
  EXCLUSIVITY_CLAUSE,
  INDEPENDENCE_CLAUSE
} from './common-clauses-relationship'
import {
  DATA_PROTECTION_CLAUSE,
  FORCE_MAJEURE_CLAUSE,
  INSURANCE_CLAUSE,
  INTELLECTUAL_PROPERTY_CLAUSE
} from './common-clauses-risks'
import { fillSlots, wordingKey, type ClauseDefinition, type ClauseWordings } from './clause-definition'
import { SAMPLE_CONVENTION_FACTS } from './sample-facts'
import { frenchTypography } from '../french-typography'

/**
 * One clause of the library as the Settings screen shows it, whatever the facts its clause reads: the variants with
 * their default text, the slots their texts may use, and a preview of any wording on a sample convention.
 */
export interface LibraryEntry {
  key: string
  title: string
  variants: ReadonlyArray<{ id: string; label: string; defaultText: string }>
  /** Slot names available to the wordings, with their value on the sample. */
  slots: Readonly<Record<string, string>>
  /** A wording with its slots filled from the sample (French typography is applied by the document). */
  preview: (text: string) => string
}

/** A definition with the sample facts its preview uses; type modules register theirs the same way. */
export function libraryEntry<Facts>(definition: ClauseDefinition<Facts>, sample: Facts): LibraryEntry {
  const slots = definition.slots(sample)
  return {
    key: definition.key,
    title: definition.title,
    variants: definition.variants.map((variant) => ({
      id: variant.id,
      label: variant.label,
      defaultText: variant.text
    })),
    slots,
    preview: (text) => fillSlots(text, slots)
  }
}

const sample = SAMPLE_CONVENTION_FACTS

/** The clauses every convention carries (LEGAL.md §2), in the order of the convention. */
export const COMMON_CLAUSES: readonly LibraryEntry[] = [
  libraryEntry(DURATION_CLAUSE, sample),
  libraryEntry(FINANCIAL_TERMS_CLAUSE, sample),
  libraryEntry(COMMUNICATION_CLAUSE, { logoUseAllowed: false }),
  libraryEntry(CONFIDENTIALITY_CLAUSE, sample),
  libraryEntry(DATA_PROTECTION_CLAUSE, sample),
  libraryEntry(INTELLECTUAL_PROPERTY_CLAUSE, sample),
  libraryEntry(INSURANCE_CLAUSE, sample),
  libraryEntry(FORCE_MAJEURE_CLAUSE, sample),
  libraryEntry(INDEPENDENCE_CLAUSE, sample),
  libraryEntry(EXCLUSIVITY_CLAUSE, sample),
  libraryEntry(ASSIGNMENT_CLAUSE, sample),
  libraryEntry(ETHICS_CLAUSE, sample),
  libraryEntry(TERMINATION_BREACH_CLAUSE, sample),
  libraryEntry(TERMINATION_CONVENIENCE_CLAUSE, sample),
  libraryEntry(TERMINATION_CONSEQUENCES_CLAUSE, sample),
  libraryEntry(NOTICES_CLAUSE, sample),
  libraryEntry(ENTIRE_AGREEMENT_CLAUSE, sample),
  libraryEntry(ANNEXES_CLAUSE, sample),
  libraryEntry(DISPUTES_CLAUSE, sample),
  libraryEntry(SIGNATURE_FORMULA_CLAUSE, sample)
]

/**
 * The library the Settings screen edits: the common clauses, then `extra` entries (each partnership type's clauses,
 * registered by its module with `libraryEntry`). Keys must be unique: a duplicate is a programming error.
 */
export function clauseLibrary(extra: readonly LibraryEntry[] = []): readonly LibraryEntry[] {
  const entries = [...COMMON_CLAUSES, ...extra]
  const seen = new Set<string>()
  for (const entry of entries) {
    if (seen.has(entry.key)) throw new Error(`clause library: duplicate key ${entry.key}`)
    seen.add(entry.key)
  }
  return entries
}

/** Whether a (clause, variant) pair exists in a library: the service refuses wordings for anything else. */
export function hasVariant(library: readonly LibraryEntry[], clauseKey: string, variantId: string): boolean {
  return library.some(
    (entry) => entry.key === clauseKey && entry.variants.some((variant) => variant.id === variantId)
  )
}

/** Slot names a text uses that its clause does not offer (a typo such as `{noticee}`), for the editor's message. */
export function unknownSlots(entry: LibraryEntry, text: string): string[] {
  const used = [...text.matchAll(/\{([a-zA-Z][a-zA-Z0-9]*)\}/g)].map((match) => match[1] as string)
  return [...new Set(used.filter((name) => !(name in entry.slots)))]
}

export { wordingKey, type ClauseWordings }

/**
 * A wording as the document would print it on the sample convention: slots filled, articles named by key shown as
 * « article N », paragraphs split on blank lines, French typography applied.
 */
export function previewParagraphs(entry: LibraryEntry, text: string): string[] {
  return entry
    .preview(text)
    .replace(/\[\[art:([a-z-]+)\]\]/g, 'article [$1]')
    .split(/\n\s*\n/)
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map(frenchTypography)
}

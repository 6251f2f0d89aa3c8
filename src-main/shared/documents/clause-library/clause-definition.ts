import { paragraph, type Block } from '../document-model'
import { MISSING } from '../document-sources'
import { frenchTypography as fr } from '../french-typography'

/**
 * The clause library's contract. A clause is a unit of wording with a signable default text, its variants (data
 * roles, jurisdiction by partner kind, paper or electronic signature…) and the condition that picks each variant.
 * Coordinators may edit the wording of a variant (Settings); edits are versioned and every issued document records
 * which versions it used (`ClauseSource`). Common clauses and each partnership type's clauses use the same contract.
 */

export interface ClauseVariant<Facts> {
  /** Stable within its clause: `separate-controllers`, `commercial-court`… */
  id: string
  /** What a coordinator reads in Settings to tell the variants apart. */
  label: string
  /** The first variant that applies to the facts is used; the last one should apply always. */
  applies: (facts: Facts) => boolean
  /** Default wording: paragraphs separated by a blank line; `{slot}` is replaced by `slots(facts).slot`. */
  text: string
}

export interface ClauseDefinition<Facts> {
  /** Unique in the library: `common.force-majeure`, `patronage.receipt`… */
  key: string
  title: string
  variants: ReadonlyArray<ClauseVariant<Facts>>
  /** Values of the slots the texts name, already written the French way (amounts in words and figures…). */
  slots: (facts: Facts) => Readonly<Record<string, string>>
}

/** A coordinator's wording of one variant, replacing its default text. */
export interface ClauseWording {
  text: string
  /** 1 for the first edit, then 2, 3…; the default text is version 0. */
  version: number
}

/** Edited wordings by `wordingKey(clauseKey, variantId)`. */
export type ClauseWordings = ReadonlyMap<string, ClauseWording>

/** Which wording of which clause a document used. */
export interface ClauseSource {
  clauseKey: string
  variantId: string
  version: number
}

export function wordingKey(clauseKey: string, variantId: string): string {
  return `${clauseKey}#${variantId}`
}

const SLOT = /\{([a-zA-Z][a-zA-Z0-9]*)\}/g

/** Fills the slots of a text; a slot without a value prints the placeholder, which the signing gate refuses. */
export function fillSlots(text: string, slots: Readonly<Record<string, string>>): string {
  return text.replace(SLOT, (_match, name: string) => {
    const value = slots[name]
    return value === undefined || value.trim() === '' ? MISSING : value
  })
}

export interface ResolvedClause {
  source: ClauseSource
  blocks: Block[]
}

/** The variant that applies, its wording (edited or default), slots filled, French typography applied. */
export function resolveClause<Facts>(
  definition: ClauseDefinition<Facts>,
  facts: Facts,
  wordings: ClauseWordings = new Map()
): ResolvedClause {
  const variant = definition.variants.find((candidate) => candidate.applies(facts))
  if (!variant) throw new Error(`clause ${definition.key}: no variant applies`)
  const edited = wordings.get(wordingKey(definition.key, variant.id))
  const text = fillSlots(edited?.text ?? variant.text, definition.slots(facts))
  const blocks = text
    .split(/\n\s*\n/)
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((part) => paragraph(fr(part)))
  return {
    source: { clauseKey: definition.key, variantId: variant.id, version: edited?.version ?? 0 },
    blocks
  }
}

import { z } from 'zod'
import '../schemas/french-messages'
import { indicatorSchema, isoDateSchema } from '../schemas/agreement.schema'
import { centsSchema } from '../schemas/agreement-terms.schema'

const text = (max: number) => z.string().trim().max(max, `${max} caractères au plus.`)
const key = z
  .string()
  .trim()
  .min(1, 'Choisissez l’article visé.')
  .max(80)
  .regex(/^[a-z0-9-]+$/, 'Article inconnu.')

/** An article of the convention, or one of its numbered sub-clauses (« 4.2 »), named by its stable keys. */
export const amendmentTargetSchema = z.object({ articleKey: key, clauseKey: key.nullable() }).strict()

const wording = text(8000).min(1, 'Indiquez la nouvelle rédaction.')

/** The changes of the convention's text, each on a named target of the convention as last amended. */
export const wordingChangeSchemas = [
  z.object({ kind: z.literal('replace-clause'), target: amendmentTargetSchema, text: wording }).strict(),
  z
    .object({
      kind: z.literal('replace-words'),
      target: amendmentTargetSchema,
      /** Paragraph (alinéa) of the target, from 1. */
      paragraph: z.number().int().min(1).max(50),
      from: text(2000).min(1, 'Indiquez les mots remplacés.'),
      to: text(2000).min(1, 'Indiquez les mots nouveaux.')
    })
    .strict(),
  z
    .object({
      kind: z.literal('add-article'),
      /** The new article comes right after this one and takes its number with « bis », « ter »… */
      afterArticleKey: key,
      title: text(200).min(1, 'Indiquez le titre du nouvel article.'),
      text: wording
    })
    .strict(),
  z.object({ kind: z.literal('delete-clause'), target: amendmentTargetSchema }).strict()
] as const

/** The register changes that name no local record: end date, amount, indicators. */
export const recordChangeSchemas = [
  z.object({ kind: z.literal('end-date'), newEndDate: isoDateSchema }).strict(),
  z
    .object({
      kind: z.literal('amount'),
      newAmountCents: centsSchema.refine((cents) => cents > 0, 'Le montant doit être positif.'),
      /** A financial gift's new schedule of payments; they must add up to the new amount. */
      payments: z
        .array(z.object({ date: isoDateSchema, amountCents: centsSchema }).strict())
        .max(24)
        .nullable()
    })
    .strict(),
  z.object({ kind: z.literal('indicators'), indicators: z.array(indicatorSchema).min(1).max(30) }).strict()
] as const

/** A new signatory: La Poste's by name and capacity; the partner's by one of its contacts, named by `who`. */
export function signatoryChangeSchema<Who extends z.ZodRawShape>(who: Who) {
  return z
    .object({
      kind: z.literal('signatory'),
      party: z.enum(['la-poste', 'partner']),
      /** La Poste's new signatory. */
      name: text(120),
      title: text(200),
      ...who
    })
    .strict()
}

/**
 * One change an amendment makes. The wording changes name their target in the convention as last amended; the
 * register changes are typed, so that signing the amendment updates the agreement record, and their wording is
 * derived from the convention itself.
 */
export const amendmentChangeSchema = z.discriminatedUnion('kind', [
  ...wordingChangeSchemas,
  ...recordChangeSchemas,
  /** The partner's: one of its contacts who may sign. */
  signatoryChangeSchema({ contactId: z.number().int().positive().nullable() })
])

export const createStructuredAmendmentInputSchema = z
  .object({
    agreementId: z.number().int().positive(),
    reason: text(2000).min(1, 'Indiquez le motif de l’avenant.'),
    effectiveDate: isoDateSchema.nullable(),
    changes: z.array(amendmentChangeSchema).min(1, 'Un avenant fait au moins une modification.').max(30)
  })
  .strict()

export type AmendmentTarget = z.infer<typeof amendmentTargetSchema>
export type AmendmentChange = z.infer<typeof amendmentChangeSchema>
export type CreateStructuredAmendmentInput = z.infer<typeof createStructuredAmendmentInputSchema>

export const REGISTER_CHANGE_KINDS = ['end-date', 'amount', 'indicators', 'signatory'] as const
export type RegisterChange = Extract<AmendmentChange, { kind: (typeof REGISTER_CHANGE_KINDS)[number] }>
export type WordingChange = Exclude<AmendmentChange, RegisterChange>

export function isRegisterChange(change: AmendmentChange): change is RegisterChange {
  return (REGISTER_CHANGE_KINDS as readonly string[]).includes(change.kind)
}

import { z } from 'zod'
import { describe, expect, it } from 'vitest'
import '../../../src-main/shared/schemas/french-messages'
import { agreementContentSchema } from '../../../src-main/shared/schemas/agreement.schema'
import { socialInnovationTermsSchema } from '../../../src-main/shared/partnership-types/social-innovation/social-innovation-terms.schema'

const messageOf = (schema: z.ZodType, value: unknown) => {
  const parsed = schema.safeParse(value)
  if (parsed.success) throw new Error(`${JSON.stringify(value)} was accepted`)
  return parsed.error.issues[0]?.message ?? ''
}

/** What zod's own wording looks like: symbols, English words, or its French locale's « Trop grand : … ». */
const LIBRARY_WORDING = /<=|>=|Trop grand|Trop petit|Entrée invalide|\bInvalid\b|\bexpected\b|\breceived\b/

describe('validation messages are ours, in French', () => {
  it('says « 120 au plus. » where zod would say « Trop grand : nombre doit être <=120 »', () => {
    const terms = socialInnovationTermsSchema.shape.experimentationMonths
    expect(messageOf(terms, 121)).toBe('120 au plus.')
    expect(messageOf(terms, 2.5)).toBe('Nombre entier attendu.')
  })

  it.each<[string, z.ZodType, unknown, string]>([
    ['a number too large', z.number().max(52), 60, '52 au plus.'],
    ['a number below a bound', z.number().gt(0), 0, 'Nombre supérieur à zéro attendu.'],
    ['a negative number', z.number().min(0), -1, 'Nombre positif ou nul attendu.'],
    ['a number below 1', z.number().min(1), 0, '1 au moins.'],
    ['a large bound, written the French way', z.number().max(1_000_000), 2e6, '1\u202f000\u202f000 au plus.'],
    ['a long text', z.string().max(3), 'abcd', '3 caractères au plus.'],
    ['an empty required text', z.string().min(1), '', 'Ce champ est à renseigner.'],
    ['a short text', z.string().min(3), 'ab', '3 caractères au moins.'],
    ['a missing value', z.string(), undefined, 'Ce champ est à renseigner.'],
    ['a text where a number goes', z.number(), 'douze', 'Nombre attendu.'],
    ['a choice outside the list', z.enum(['a', 'b']), 'c', 'Choisissez une valeur de la liste.'],
    ['a bad e-mail', z.email(), 'nope', 'Adresse e-mail invalide.'],
    ['a bad date', z.iso.date(), '2026-13-40', 'Date invalide.'],
    ['a long list', z.array(z.string()).max(2), ['a', 'b', 'c'], '2 éléments au plus.'],
    ['an empty list', z.array(z.string()).min(1), [], 'Au moins un élément.'],
    ['a multiple', z.number().multipleOf(5), 7, 'Multiple de 5 attendu.'],
    ['an unknown key', z.object({}).strict(), { extra: 1 }, 'Information inattendue : extra.'],
    ['a failed refinement', z.string().refine(() => false), 'x', 'Valeur invalide.']
  ])('words %s plainly', (_case, schema, value, expected) => {
    const message = messageOf(schema, value)
    expect(message).toBe(expected)
    expect(message).not.toMatch(LIBRARY_WORDING)
  })

  it('leaves no default wording anywhere in the agreement form', () => {
    const hostile = {
      ...Object.fromEntries(Object.keys(agreementContentSchema.shape).map((key) => [key, 'x'.repeat(5000)])),
      durationMonths: 500,
      noticeMonths: -3,
      followUpCommittee: { composition: 'x', meetingsPerYear: 400 },
      indicators: [{ label: 'x', target: 1e13, unit: 'u' }]
    }
    const parsed = agreementContentSchema.safeParse(hostile)
    expect(parsed.success).toBe(false)
    for (const issue of parsed.error?.issues ?? []) expect(issue.message).not.toMatch(LIBRARY_WORDING)
  })
})

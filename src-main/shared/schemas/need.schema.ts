import { z } from 'zod'
import './french-messages'
import { isPostalCodeFormat } from '../validation/postal-code'

const optionalText = (max: number, label: string) =>
  z.string().trim().max(max, `${label} : ${max} caractères au plus.`)

/** A commune of the need's territory, as typed; the service resolves it against the official list. */
export const needCommuneInputSchema = z.object({
  postalCode: z.string().trim().refine(isPostalCodeFormat, 'Le code postal compte 5 chiffres.'),
  name: z.string().trim().min(1, 'Indiquez la commune.').max(100, 'Commune : 100 caractères au plus.')
})

export const needInputSchema = z.object({
  title: z
    .string()
    .trim()
    .min(3, 'Donnez un titre au besoin (3 caractères au moins).')
    .max(200, 'Titre : 200 caractères au plus.'),
  description: optionalText(4000, 'Description'),
  communes: z.array(needCommuneInputSchema).max(100, '100 communes au plus.'),
  targetPublic: optionalText(500, 'Public cible'),
  peopleReached: z
    .number()
    .int('Nombre entier attendu.')
    .min(0, 'Nombre positif attendu.')
    .max(100_000_000)
    .nullable(),
  /** Action domain id; it implies the engagement. */
  domainId: z.number().int().positive().nullable(),
  identifiedBy: optionalText(200, 'Repéré par')
})

export type NeedInput = z.infer<typeof needInputSchema>

export function emptyNeedInput(): NeedInput {
  return {
    title: '',
    description: '',
    communes: [],
    targetPublic: '',
    peopleReached: null,
    domainId: null,
    identifiedBy: ''
  }
}

export const needQuerySchema = z
  .object({
    search: z.string().max(200, 'Recherche : 200 caractères au plus.').optional(),
    limit: z.number().int().min(1).max(10_000).optional(),
    offset: z.number().int().min(0).optional()
  })
  .strict()

export type NeedQuery = z.infer<typeof needQuerySchema>

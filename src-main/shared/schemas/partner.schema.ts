import { z } from 'zod'
import './french-messages'
import {
  ASSOCIATION_LEGAL_FORMS,
  COMPANY_LEGAL_FORMS,
  LEGAL_FORM_CODES,
  PARTNER_STATUS_CODES,
  PUBLIC_UTILITY_LEGAL_FORMS
} from '../reference/reference-data'
import { isValidEmail } from '../validation/email'
import { isValidFrenchPhone } from '../validation/phone'
import { isPostalCodeFormat } from '../validation/postal-code'
import { isValidRna, normalizeRna } from '../validation/rna'
import { normalizeSiret, siretProblem } from '../validation/siret'

/**
 * Partner form values, shared by the renderer's form and the main process.
 * Optional text fields are empty strings in the form; the service stores them as NULL.
 */

const optionalText = (max: number, label: string) =>
  z.string().trim().max(max, `${label} : ${max} caractères au plus.`)

export const contactSchema = z.object({
  /** Present for a contact that already exists, so edits keep its identity. */
  id: z.number().int().positive().optional(),
  name: z.string().trim().min(1, 'Indiquez le nom du contact.').max(120, 'Nom : 120 caractères au plus.'),
  role: optionalText(120, 'Fonction'),
  email: optionalText(254, 'E-mail').refine(
    (value) => value === '' || isValidEmail(value),
    'Adresse e-mail invalide (exemple : prenom.nom@exemple.fr).'
  ),
  phone: optionalText(30, 'Téléphone').refine(
    (value) => value === '' || isValidFrenchPhone(value),
    'Numéro de téléphone français invalide (exemple : 05 56 12 34 56).'
  ),
  maySign: z.boolean()
})

export const partnerInputSchema = z
  .object({
    name: z
      .string()
      .trim()
      .min(2, 'Indiquez le nom de la structure.')
      .max(200, 'Nom : 200 caractères au plus.'),
    legalForm: z.enum(LEGAL_FORM_CODES, { message: 'Choisissez une forme juridique.' }),
    statuses: z
      .array(z.enum(PARTNER_STATUS_CODES, { message: 'Statut inconnu.' }))
      .max(PARTNER_STATUS_CODES.length)
      .refine(
        (statuses) => new Set(statuses).size === statuses.length,
        'Chaque statut ne compte qu’une fois.'
      ),
    /** The legal person that runs an ESAT and contracts for it (an ESAT has no legal personality). */
    managingBodyName: optionalText(200, 'Organisme gestionnaire'),
    shareCapitalCents: z
      .number()
      .int('Capital en centimes entiers.')
      .min(0, 'Le capital ne peut pas être négatif.')
      .max(100_000_000_000_000, 'Capital trop élevé.')
      .nullable(),
    /** City of the trade register (« RCS Bordeaux »), for companies. */
    rcsCity: optionalText(60, 'Ville du RCS'),
    siret: z
      .string()
      .max(30, 'SIRET : 14 chiffres.')
      .superRefine((value, ctx) => {
        const siret = normalizeSiret(value)
        if (siret === '') return
        const problem = siretProblem(siret)
        if (problem === 'format') ctx.addIssue({ code: 'custom', message: 'Le SIRET compte 14 chiffres.' })
        if (problem === 'checksum')
          ctx.addIssue({ code: 'custom', message: 'Ce SIRET est invalide (clé de contrôle incorrecte).' })
      }),
    rna: z
      .string()
      .max(20, 'RNA : W suivi de 9 chiffres.')
      .refine(
        (value) => normalizeRna(value) === '' || isValidRna(normalizeRna(value)),
        'Le numéro RNA est « W » suivi de 9 chiffres (exemple : W332012345).'
      ),
    addressLine: optionalText(200, 'Adresse'),
    postalCode: z
      .string()
      .trim()
      .refine((value) => value === '' || isPostalCodeFormat(value), 'Le code postal compte 5 chiffres.'),
    commune: optionalText(100, 'Commune'),
    headNetworkId: z.number().int().positive().nullable(),
    labelled: z.boolean(),
    generalInterest: z.boolean(),
    contacts: z.array(contactSchema).max(50, '50 contacts au plus.')
  })
  .superRefine((partner, ctx) => {
    if (partner.postalCode !== '' && partner.commune === '')
      ctx.addIssue({ code: 'custom', path: ['commune'], message: 'Indiquez la commune du code postal.' })
    if (partner.commune !== '' && partner.postalCode === '')
      ctx.addIssue({
        code: 'custom',
        path: ['postalCode'],
        message: 'Indiquez le code postal de la commune.'
      })
    if (normalizeRna(partner.rna) !== '' && !ASSOCIATION_LEGAL_FORMS.has(partner.legalForm))
      ctx.addIssue({
        code: 'custom',
        path: ['rna'],
        message: 'Le numéro RNA ne concerne que les associations.'
      })
    checkStatuses(partner, ctx)
  })

function checkStatuses(
  partner: {
    legalForm: (typeof LEGAL_FORM_CODES)[number]
    statuses: ReadonlyArray<(typeof PARTNER_STATUS_CODES)[number]>
    managingBodyName: string
    shareCapitalCents: number | null
    rcsCity: string
  },
  ctx: z.RefinementCtx
): void {
  const has = (status: (typeof PARTNER_STATUS_CODES)[number]) => partner.statuses.includes(status)
  if (has('esat') && partner.managingBodyName === '')
    ctx.addIssue({
      code: 'custom',
      path: ['managingBodyName'],
      message:
        'Un ESAT n’a pas la personnalité morale : indiquez l’organisme gestionnaire qui signe pour lui (souvent une association).'
    })
  if (!has('esat') && partner.managingBodyName !== '')
    ctx.addIssue({
      code: 'custom',
      path: ['managingBodyName'],
      message: 'L’organisme gestionnaire ne concerne que les ESAT.'
    })
  if (has('esat') && has('adapted-enterprise'))
    ctx.addIssue({
      code: 'custom',
      path: ['statuses'],
      message:
        'Un ESAT et une entreprise adaptée sont deux établissements distincts : créez une fiche pour chacun.'
    })
  if (has('public-utility') && !PUBLIC_UTILITY_LEGAL_FORMS.has(partner.legalForm))
    ctx.addIssue({
      code: 'custom',
      path: ['statuses'],
      message: 'Seules les associations et les fondations peuvent être reconnues d’utilité publique.'
    })
  if (!COMPANY_LEGAL_FORMS.has(partner.legalForm)) {
    if (partner.shareCapitalCents !== null)
      ctx.addIssue({
        code: 'custom',
        path: ['shareCapitalCents'],
        message: 'Le capital social ne concerne que les sociétés.'
      })
    if (partner.rcsCity !== '')
      ctx.addIssue({
        code: 'custom',
        path: ['rcsCity'],
        message: 'L’immatriculation au RCS ne concerne que les sociétés.'
      })
  }
}

export type ContactInput = z.infer<typeof contactSchema>
export type PartnerInput = z.infer<typeof partnerInputSchema>

export function emptyPartnerInput(): PartnerInput {
  return {
    name: '',
    legalForm: 'association-1901',
    statuses: [],
    managingBodyName: '',
    shareCapitalCents: null,
    rcsCity: '',
    siret: '',
    rna: '',
    addressLine: '',
    postalCode: '',
    commune: '',
    headNetworkId: null,
    labelled: false,
    generalInterest: false,
    contacts: []
  }
}

export const partnerQuerySchema = z
  .object({
    search: z.string().max(200, 'Recherche : 200 caractères au plus.').optional(),
    includeArchived: z.boolean().optional(),
    limit: z.number().int().min(1).max(10_000).optional(),
    offset: z.number().int().min(0).optional()
  })
  .strict()

/** French names of the partner fields, for messages shown away from the form (CLI, summaries). */
export const PARTNER_FIELD_LABELS: Record<string, string> = {
  name: 'Nom',
  legalForm: 'Forme juridique',
  statuses: 'Statuts',
  managingBodyName: 'Organisme gestionnaire',
  shareCapitalCents: 'Capital social',
  rcsCity: 'Ville du RCS',
  siret: 'SIRET',
  rna: 'RNA',
  addressLine: 'Adresse',
  postalCode: 'Code postal',
  commune: 'Commune',
  headNetworkId: 'Tête de réseau',
  contacts: 'Contacts'
}

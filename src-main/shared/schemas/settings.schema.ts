import { z } from 'zod'
import './french-messages'
import { isDepartmentCode } from '../agreements/agreement-reference'
import { isValidEmail } from '../validation/email'

const text = (max: number, label: string) =>
  z.string().trim().max(max, `${label} : ${max} caractères au plus.`)

export const coordinatorProfileSchema = z.object({
  name: text(120, 'Nom'),
  email: text(254, 'E-mail').refine(
    (value) => value === '' || isValidEmail(value),
    'Adresse e-mail invalide.'
  ),
  region: text(120, 'Région'),
  department: z
    .string()
    .trim()
    .toUpperCase()
    .refine(
      (value) => value === '' || isDepartmentCode(value),
      'Département : 2 chiffres (ou 2A, 2B, 971 à 976).'
    )
})

const optionalIsoDate = z
  .string()
  .trim()
  .refine(
    (value) => value === '' || /^\d{4}-\d{2}-\d{2}$/.test(value),
    'Date invalide (format attendu AAAA-MM-JJ).'
  )

/**
 * La Poste as a party (LEGAL.md §1). The parties block is composed from these fields: « La Poste, société anonyme au
 * capital de … euros, immatriculée au RCS de Paris sous le numéro 356 000 000, dont le siège social est situé …,
 * agissant par sa Direction régionale …, représentée par …, dûment habilité(e) en vertu d’une délégation de pouvoirs
 * du … ». `registration` is the free text of the first versions, kept so that older screens and files still read.
 * Fields added since are optional in input: a section saved without them keeps their stored values.
 */
export const laPostePartySchema = z.object({
  legalName: text(200, 'Dénomination'),
  legalForm: text(120, 'Forme juridique').optional(),
  /** In euros, figures only (« 5 620 325 816 »); empty until the coordinator sets it. */
  shareCapitalEuros: text(40, 'Capital social')
    .refine(
      (value) => /^[\d \u00a0\u202f]*$/.test(value),
      'Capital social : des chiffres seulement, en euros.'
    )
    .optional(),
  rcsCity: text(80, 'Ville du RCS').optional(),
  rcsNumber: text(40, 'Numéro RCS').optional(),
  address: text(500, 'Adresse'),
  registration: text(300, 'Immatriculation'),
  /** Named once, as it is called: « Direction régionale Nouvelle-Aquitaine ». */
  regionalDirection: text(200, 'Direction régionale'),
  /** Seat of the regional direction: the court named against a commercial partner. */
  regionalDirectionCity: text(80, 'Ville de la direction régionale').optional(),
  defaultSignatoryName: text(120, 'Signataire'),
  defaultSignatoryTitle: text(200, 'Qualité du signataire'),
  /** Date of the signatory's delegation of powers (AAAA-MM-JJ), or empty when unknown. */
  delegationDate: optionalIsoDate.optional()
})

export const settingsInputSchema = z
  .object({ coordinator: coordinatorProfileSchema.optional(), laPosteParty: laPostePartySchema.optional() })
  .strict()

export type CoordinatorProfile = z.infer<typeof coordinatorProfileSchema>
/** The La Poste party as read: every field present (defaults fill those never saved). */
export type LaPosteParty = Required<z.output<typeof laPostePartySchema>>
export type SettingsInput = z.infer<typeof settingsInputSchema>

export interface Settings {
  coordinator: CoordinatorProfile
  laPosteParty: LaPosteParty
}

/** What a fresh installation shows before the coordinator fills in Settings. */
export const DEFAULT_SETTINGS: Settings = {
  coordinator: { name: '', email: '', region: '', department: '' },
  laPosteParty: {
    legalName: 'La Poste',
    legalForm: 'société anonyme',
    shareCapitalEuros: '',
    rcsCity: 'Paris',
    rcsNumber: '356 000 000',
    address: '9 rue du Colonel Pierre Avia, 75015 Paris',
    registration: 'Société anonyme, RCS Paris 356 000 000',
    regionalDirection: '',
    regionalDirectionCity: '',
    defaultSignatoryName: '',
    defaultSignatoryTitle: '',
    delegationDate: ''
  }
}

export const domainInputSchema = z
  .object({
    label: z
      .string()
      .trim()
      .min(2, 'Indiquez le libellé du domaine.')
      .max(120, 'Libellé : 120 caractères au plus.'),
    engagement: z.enum(['territories', 'social-inclusion', 'ethical-digital', 'ecological-transition'], {
      message: 'Choisissez l’engagement auquel le domaine se rattache.'
    })
  })
  .strict()

export const headNetworkInputSchema = z
  .object({
    name: z
      .string()
      .trim()
      .min(2, 'Indiquez le nom de la tête de réseau.')
      .max(200, 'Nom : 200 caractères au plus.'),
    acronym: z.string().trim().max(30, 'Sigle : 30 caractères au plus.')
  })
  .strict()

export type DomainInput = z.infer<typeof domainInputSchema>
export type HeadNetworkInput = z.infer<typeof headNetworkInputSchema>

/** Clause library (Settings › Clauses): a coordinator's wording of one variant of one clause. */
export const clauseWordingInputSchema = z
  .object({
    clauseKey: z.string().trim().min(1).max(120),
    variantId: z.string().trim().min(1).max(120),
    text: z
      .string()
      .trim()
      .min(1, 'Saisissez le texte de la clause (ou restaurez le texte par défaut).')
      .max(20000, 'Texte : 20 000 caractères au plus.')
  })
  .strict()

export const clauseVariantRefSchema = z
  .object({ clauseKey: z.string().trim().min(1).max(120), variantId: z.string().trim().min(1).max(120) })
  .strict()

export type ClauseWordingInput = z.infer<typeof clauseWordingInputSchema>
export type ClauseVariantRef = z.infer<typeof clauseVariantRefSchema>

/** One variant of a clause as Settings shows it: its default, the wording in force and its version (0 = default). */
export interface ClauseVariantView {
  id: string
  label: string
  defaultText: string
  text: string
  version: number
  editedAt: string | null
  editedBy: string | null
}

export interface ClauseView {
  key: string
  title: string
  /** Slots the wordings may use, with their value on a sample convention. */
  slots: Record<string, string>
  variants: ClauseVariantView[]
}

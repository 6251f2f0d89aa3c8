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

export const laPostePartySchema = z.object({
  legalName: text(200, 'Dénomination'),
  address: text(500, 'Adresse'),
  registration: text(300, 'Immatriculation'),
  regionalDirection: text(200, 'Direction régionale'),
  defaultSignatoryName: text(120, 'Signataire'),
  defaultSignatoryTitle: text(200, 'Qualité du signataire')
})

export const settingsInputSchema = z
  .object({ coordinator: coordinatorProfileSchema.optional(), laPosteParty: laPostePartySchema.optional() })
  .strict()

export type CoordinatorProfile = z.infer<typeof coordinatorProfileSchema>
export type LaPosteParty = z.infer<typeof laPostePartySchema>
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
    address: '9 rue du Colonel Pierre Avia, 75015 Paris',
    registration: 'Société anonyme, RCS Paris 356 000 000',
    regionalDirection: '',
    defaultSignatoryName: '',
    defaultSignatoryTitle: ''
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

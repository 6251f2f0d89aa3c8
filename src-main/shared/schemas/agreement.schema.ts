import { z } from 'zod'
import './french-messages'
import { PARTNERSHIP_TYPES, type PartnershipTypeCode } from '../reference/reference-data'
import { agreementTermsSchema } from './agreement-terms.schema'

/**
 * The editable content of an agreement, as the wizard autosaves it. Every field may be empty while drafting:
 * types and sizes are enforced here, completeness by `checkAgreement`.
 */

const text = (max: number) => z.string().trim().max(max, `${max} caractères au plus.`)

export const PARTNERSHIP_TYPE_CODES = PARTNERSHIP_TYPES.map((type) => type.code) as [
  PartnershipTypeCode,
  ...PartnershipTypeCode[]
]
export const AGREEMENT_ROUTES = ['national-framework', 'direct'] as const
export const RENEWAL_RULES = ['none', 'tacit', 'express'] as const
export const LA_POSTE_SITE_KINDS = ['post-office', 'digital-step', 'relais-poste', 'other'] as const
export const BENEFIT_CODES = [
  'human-resources',
  'economic-model',
  'new-audiences',
  'reserved-markets',
  'specific-offers'
] as const

export const isoDateSchema = z.iso.date('Date invalide (format attendu AAAA-MM-JJ).')

export const indicatorSchema = z.object({
  label: text(300),
  target: z.number().min(0, 'La cible ne peut pas être négative.').max(1e12).nullable(),
  unit: text(50)
})

export const signatorySchema = z.object({ name: text(120), title: text(200) })

export const agreementContentSchema = z.object({
  title: text(300),
  needId: z.number().int().positive().nullable(),
  partnerId: z.number().int().positive().nullable(),
  route: z.enum(AGREEMENT_ROUTES).nullable(),
  type: z.enum(PARTNERSHIP_TYPE_CODES).nullable(),
  /** Action domains (ids of the editable reference list). */
  domainIds: z.array(z.number().int().positive()).max(12),
  benefitCodes: z.array(z.enum(BENEFIT_CODES)).max(BENEFIT_CODES.length),
  startDate: isoDateSchema.nullable(),
  durationMonths: z
    .number()
    .int('Durée en mois entiers.')
    .min(1, 'Au moins 1 mois.')
    .max(120, '10 ans au plus.')
    .nullable(),
  renewalRule: z.enum(RENEWAL_RULES).nullable(),
  noticeMonths: z.number().int().min(0).max(24, '24 mois au plus.').nullable(),
  laPosteCommitments: z.array(text(1000)).max(30),
  partnerCommitments: z.array(text(1000)).max(30),
  indicators: z.array(indicatorSchema).max(30),
  followUpCommittee: z.object({
    composition: text(1000),
    meetingsPerYear: z.number().int().min(0).max(52).nullable()
  }),
  communication: z.object({ logoUseAllowed: z.boolean(), clause: text(4000) }),
  dataProtection: text(4000),
  confidentiality: text(4000),
  jurisdiction: text(300),
  laPosteSite: z.object({ kind: z.enum(LA_POSTE_SITE_KINDS).nullable(), name: text(200) }),
  laPosteSignatory: signatorySchema,
  /** A contact of the partner structure who may sign. */
  partnerSignatoryContactId: z.number().int().positive().nullable(),
  place: text(120),
  terms: agreementTermsSchema.nullable()
})

export type AgreementContent = z.infer<typeof agreementContentSchema>
export type AgreementRoute = (typeof AGREEMENT_ROUTES)[number]
export type RenewalRule = (typeof RENEWAL_RULES)[number]
export type BenefitCode = (typeof BENEFIT_CODES)[number]
export type Indicator = z.infer<typeof indicatorSchema>

/** Wizard steps, 1 to 8, in order. */
export const WIZARD_STEPS = [
  { step: 1, key: 'besoin', label: 'Besoin local' },
  { step: 2, key: 'partenaire', label: 'Partenaire' },
  { step: 3, key: 'type', label: 'Type de partenariat' },
  { step: 4, key: 'modalites', label: 'Modalités' },
  { step: 5, key: 'engagements-indicateurs', label: 'Engagements et indicateurs' },
  { step: 6, key: 'duree-clauses', label: 'Durée et clauses' },
  { step: 7, key: 'signataires', label: 'Signataires' },
  { step: 8, key: 'relecture', label: 'Relecture' }
] as const

export type WizardStep = (typeof WIZARD_STEPS)[number]['step']
export type WizardStepKey = (typeof WIZARD_STEPS)[number]['key']
export const wizardStepSchema = z.number().int().min(1).max(8)

/** One autosave: the fields given replace the stored ones (`terms` as a whole), the others are kept. */
export const saveDraftInputSchema = z
  .object({
    id: z.number().int().positive(),
    step: wizardStepSchema.optional(),
    changes: agreementContentSchema.partial()
  })
  .strict()

export const createAgreementInputSchema = z
  .object({
    needId: z.number().int().positive({ message: 'Choisissez le besoin local.' }),
    partnerId: z.number().int().positive({ message: 'Choisissez la structure partenaire.' }),
    type: z.enum(PARTNERSHIP_TYPE_CODES).optional(),
    title: text(300).optional()
  })
  .strict()

export type SaveDraftInput = z.infer<typeof saveDraftInputSchema>
export type CreateAgreementInput = z.infer<typeof createAgreementInputSchema>

import { z } from 'zod'
import './french-messages'

/**
 * Type-specific terms of an agreement, one shape per partnership type.
 * Drafts may be incomplete: every field accepts an empty value, and `checkAgreement` says what is missing.
 * Money is stored as integer cents.
 */

export const centsSchema = z
  .number()
  .int('Montant en centimes entiers.')
  .min(0, 'Le montant ne peut pas être négatif.')
  .max(100_000_000_000, 'Montant trop élevé.')

const text = (max: number) => z.string().trim().max(max, `${max} caractères au plus.`)
const count = (max: number) =>
  z.number().int('Nombre entier attendu.').min(0, 'Nombre positif attendu.').max(max)

export const REMUNERATION_MODELS = ['flat-monthly', 'per-operation', 'commission', 'lump-sum'] as const
export const BILLING_FREQUENCIES = ['monthly', 'quarterly', 'half-yearly', 'yearly'] as const
export const OWNERSHIP_OPTIONS = ['la-poste', 'partner', 'shared'] as const
export const SUPPLIER_STATUSES = ['esat', 'ea', 'siae', 'other'] as const
export const PATRONAGE_NATURES = ['financial', 'in-kind', 'skills'] as const

export const economicCooperationTermsSchema = z.object({
  type: z.literal('economic-cooperation'),
  jointOffer: text(4000),
  laPosteContribution: text(4000),
  partnerContribution: text(4000),
  remunerationModel: z.enum(REMUNERATION_MODELS).nullable(),
  remunerationAmountCents: centsSchema.nullable(),
  billingFrequency: z.enum(BILLING_FREQUENCIES).nullable(),
  territory: text(1000),
  exclusivity: z.boolean()
})

export const coFinancingSchema = z.object({ funder: text(200), amountCents: centsSchema.nullable() })

export const socialInnovationTermsSchema = z.object({
  type: z.literal('social-innovation'),
  missingService: text(4000),
  targetPublic: text(1000),
  experimentationMonths: count(120).nullable(),
  experimentationSites: z.array(text(200)).max(50),
  evaluationPlan: text(4000),
  coFinancing: z.array(coFinancingSchema).max(20),
  ownership: z.enum(OWNERSHIP_OPTIONS).nullable(),
  licence: text(200),
  scaleUpConditions: text(4000)
})

export const purchaseLotSchema = z.object({ label: text(200), amountCents: centsSchema.nullable() })

export const responsiblePracticesTermsSchema = z.object({
  type: z.literal('responsible-practices'),
  purchaseCategory: text(300),
  supplierStatus: z.enum(SUPPLIER_STATUSES).nullable(),
  reservedMarket: z.boolean(),
  yearlyAmountCents: centsSchema.nullable(),
  lots: z.array(purchaseLotSchema).max(50),
  socialClauseHours: count(1_000_000).nullable()
})

export const skillsPatronageSchema = z.object({
  employees: count(10_000).nullable(),
  days: count(3650).nullable(),
  dailyCostCents: centsSchema.nullable(),
  valuationBasis: text(1000)
})

export const paymentSchema = z.object({
  date: z.iso.date('Date invalide (format attendu AAAA-MM-JJ).').nullable(),
  amountCents: centsSchema.nullable()
})

export const counterpartSchema = z.object({ description: text(500), valueCents: centsSchema.nullable() })

export const patronageTermsSchema = z.object({
  type: z.literal('patronage'),
  nature: z.enum(PATRONAGE_NATURES).nullable(),
  /** Gift amount (financial) or valuation (in kind); skills patronage is valued from `skills`. */
  amountCents: centsSchema.nullable(),
  skills: skillsPatronageSchema,
  paymentSchedule: z.array(paymentSchema).max(60),
  counterparts: z.array(counterpartSchema).max(50),
  taxReceiptRequested: z.boolean()
})

export const agreementTermsSchema = z.discriminatedUnion('type', [
  economicCooperationTermsSchema,
  socialInnovationTermsSchema,
  responsiblePracticesTermsSchema,
  patronageTermsSchema
])

export type EconomicCooperationTerms = z.infer<typeof economicCooperationTermsSchema>
export type SocialInnovationTerms = z.infer<typeof socialInnovationTermsSchema>
export type ResponsiblePracticesTerms = z.infer<typeof responsiblePracticesTermsSchema>
export type PatronageTerms = z.infer<typeof patronageTermsSchema>
export type AgreementTerms = z.infer<typeof agreementTermsSchema>
export type SupplierStatus = (typeof SUPPLIER_STATUSES)[number]

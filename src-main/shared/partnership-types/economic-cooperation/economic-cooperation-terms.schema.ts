import { z } from 'zod'
import { centsSchema, text, VAT_REGIMES } from '../common/terms-fields'

export const REMUNERATION_MODELS = ['flat-monthly', 'per-operation', 'commission', 'lump-sum'] as const
export const BILLING_FREQUENCIES = ['monthly', 'quarterly', 'half-yearly', 'yearly'] as const

export const economicCooperationTermsSchema = z.object({
  type: z.literal('economic-cooperation'),
  jointOffer: text(4000),
  laPosteContribution: text(4000),
  partnerContribution: text(4000),
  remunerationModel: z.enum(REMUNERATION_MODELS).nullable(),
  /** HT. */
  remunerationAmountCents: centsSchema.nullable(),
  billingFrequency: z.enum(BILLING_FREQUENCIES).nullable(),
  territory: text(1000),
  exclusivity: z.boolean(),
  openingHours: text(1000),
  vatRegime: z.enum(VAT_REGIMES),
  /** Most cash the partner may hold for La Poste; null leaves it to La Poste's procedures. */
  cashLimitCents: centsSchema.nullable(),
  /** La Banque Postale gave the partner its own mandate for the financial services offered. */
  bankingMandate: z.boolean()
})

export type EconomicCooperationTerms = z.infer<typeof economicCooperationTermsSchema>
export type RemunerationModel = (typeof REMUNERATION_MODELS)[number]
export type BillingFrequency = (typeof BILLING_FREQUENCIES)[number]

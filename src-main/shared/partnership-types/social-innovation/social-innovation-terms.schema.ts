import { z } from 'zod'
import { centsSchema, count, text } from '../common/terms-fields'

export const OWNERSHIP_OPTIONS = ['la-poste', 'partner', 'shared'] as const
export const DATA_COLLECTORS = ['la-poste', 'partner', 'both'] as const
/** GDPR roles for the evaluation data: separate controllers, joint controllers (art. 26), processor (art. 28). */
export const DATA_ROLES = ['separate-controllers', 'joint-controllers', 'processor'] as const
/** The nature of any La Poste money: each has different consequences (mécénat, subsidy, taxable service). */
export const LA_POSTE_FUNDING_NATURES = ['none', 'gift', 'subsidy', 'paid-service'] as const

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
  scaleUpConditions: text(4000),
  /** Premises or equipment La Poste lends: which site, on what conditions; empty when none. */
  premises: text(2000),
  dataCollector: z.enum(DATA_COLLECTORS).nullable(),
  dataRole: z.enum(DATA_ROLES).nullable(),
  laPosteFunding: z.enum(LA_POSTE_FUNDING_NATURES),
  laPosteFundingCents: centsSchema.nullable()
})

export type SocialInnovationTerms = z.infer<typeof socialInnovationTermsSchema>
export type Ownership = (typeof OWNERSHIP_OPTIONS)[number]
export type DataCollector = (typeof DATA_COLLECTORS)[number]
export type DataRole = (typeof DATA_ROLES)[number]
export type LaPosteFundingNature = (typeof LA_POSTE_FUNDING_NATURES)[number]

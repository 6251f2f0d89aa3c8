import { z } from 'zod'
import { centsSchema, count, isoDateOrNull, text } from '../common/terms-fields'

export const PATRONAGE_NATURES = ['financial', 'in-kind', 'skills'] as const
/** How goods given in kind are valued: never at market price (BOFiP). */
export const IN_KIND_VALUATION_METHODS = ['stock-cost', 'net-book-value'] as const

export const skillsPatronageSchema = z.object({
  employees: count(10_000).nullable(),
  /** Working days per employee. */
  days: count(3650).nullable(),
  /** Salary cost of one working day, employer contributions included. */
  dailyCostCents: centsSchema.nullable(),
  valuationBasis: text(1000),
  /** What the employees do for the partner. */
  missions: text(2000),
  placeAndHours: text(1000)
})

export const inKindGiftSchema = z.object({
  goods: text(2000),
  valuationMethod: z.enum(IN_KIND_VALUATION_METHODS).nullable(),
  deliveryDate: isoDateOrNull,
  deliveryPlace: text(300),
  /** Computers, phones…: their data are wiped before delivery. */
  itEquipment: z.boolean()
})

export const paymentSchema = z.object({
  date: isoDateOrNull,
  amountCents: centsSchema.nullable()
})

export const counterpartSchema = z.object({ description: text(500), valueCents: centsSchema.nullable() })

export const patronageTermsSchema = z.object({
  type: z.literal('patronage'),
  nature: z.enum(PATRONAGE_NATURES).nullable(),
  /** Gift amount (financial) or valuation (in kind); skills patronage is valued from `skills`. */
  amountCents: centsSchema.nullable(),
  skills: skillsPatronageSchema,
  inKind: inKindGiftSchema,
  paymentSchedule: z.array(paymentSchema).max(60),
  counterparts: z.array(counterpartSchema).max(50),
  taxReceiptRequested: z.boolean()
})

export type PatronageTerms = z.infer<typeof patronageTermsSchema>
export type PatronageNature = (typeof PATRONAGE_NATURES)[number]
export type InKindValuationMethod = (typeof IN_KIND_VALUATION_METHODS)[number]

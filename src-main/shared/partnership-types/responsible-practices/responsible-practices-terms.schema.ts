import { z } from 'zod'
import { centsSchema, count, text, VAT_REGIMES } from '../common/terms-fields'

export const SUPPLIER_STATUSES = ['esat', 'ea', 'siae', 'other'] as const
export const QUANTITY_COMMITMENTS = ['indicative', 'firm'] as const
/** Art. L. 441-10 C. com.: sixty days from the invoice date at most. */
export const MAX_PAYMENT_TERM_DAYS = 60

export const purchaseLotSchema = z.object({ label: text(200), amountCents: centsSchema.nullable() })

export const responsiblePracticesTermsSchema = z.object({
  type: z.literal('responsible-practices'),
  purchaseCategory: text(300),
  supplierStatus: z.enum(SUPPLIER_STATUSES).nullable(),
  /** The act that proves the status: ESAT authorisation, EA contract with the State, SIAE conventionnement. */
  supplierStatusProof: text(300),
  reservedMarket: z.boolean(),
  /** Yearly purchases, HT. */
  yearlyAmountCents: centsSchema.nullable(),
  quantities: z.enum(QUANTITY_COMMITMENTS),
  vatRegime: z.enum(VAT_REGIMES),
  paymentTermDays: count(365).nullable(),
  lots: z.array(purchaseLotSchema).max(50),
  socialClauseHours: count(1_000_000).nullable()
})

export type ResponsiblePracticesTerms = z.infer<typeof responsiblePracticesTermsSchema>
export type SupplierStatus = (typeof SUPPLIER_STATUSES)[number]
export type QuantityCommitment = (typeof QUANTITY_COMMITMENTS)[number]

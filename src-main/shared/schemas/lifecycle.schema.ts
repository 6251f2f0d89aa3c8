import { z } from 'zod'
import './french-messages'
import { TERMINATION_DECIDERS } from '../agreements/lifecycle'
import { isoDateSchema } from './agreement.schema'

const id = z.number().int().positive()

/** Early termination: the rules (reason, date within the convention, who decided) are checked by the service. */
export const terminateInputSchema = z
  .object({
    id,
    date: isoDateSchema,
    reason: z.string().trim().max(1000, 'Motif : 1 000 caractères au plus.'),
    decidedBy: z.enum(TERMINATION_DECIDERS, 'Indiquez qui a décidé la résiliation.')
  })
  .strict()

/** An inclusive period of dates, either end open. */
export const periodSchema = z
  .object({ from: isoDateSchema.nullable().optional(), to: isoDateSchema.nullable().optional() })
  .strict()
  .refine((period) => !period.from || !period.to || period.from <= period.to, {
    message: 'La fin de la période précède son début.',
    path: ['to']
  })

export const globalSearchInputSchema = z
  .object({ text: z.string().max(200, 'Recherche : 200 caractères au plus.') })
  .strict()

export type TerminateInput = z.infer<typeof terminateInputSchema>
export type PeriodInput = z.infer<typeof periodSchema>

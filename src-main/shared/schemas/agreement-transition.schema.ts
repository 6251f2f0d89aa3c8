import { z } from 'zod'
import './french-messages'
import { AGREEMENT_STATUSES } from '../domain/agreement'
import { TERMINATION_DECIDERS } from '../agreements/lifecycle'
import { isoDateSchema } from './agreement.schema'

export const transitionInputSchema = z
  .object({
    id: z.number().int().positive(),
    to: z.enum(AGREEMENT_STATUSES),
    /** Why: required to terminate early, optional otherwise; kept in the history. */
    reason: z.string().trim().max(1000, 'Motif : 1 000 caractères au plus.').optional(),
    /** Termination only: its effective date (today when omitted) and who decided it (La Poste when omitted). */
    date: isoDateSchema.optional(),
    decidedBy: z.enum(TERMINATION_DECIDERS).optional()
  })
  .strict()

export type TransitionInput = z.infer<typeof transitionInputSchema>

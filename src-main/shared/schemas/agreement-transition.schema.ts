import { z } from 'zod'
import './french-messages'
import { AGREEMENT_STATUSES } from '../domain/agreement'

export const transitionInputSchema = z
  .object({
    id: z.number().int().positive(),
    to: z.enum(AGREEMENT_STATUSES),
    /** Why: required to terminate early, optional otherwise; kept in the history. */
    reason: z.string().trim().max(1000, 'Motif : 1 000 caractères au plus.').optional()
  })
  .strict()

export type TransitionInput = z.infer<typeof transitionInputSchema>

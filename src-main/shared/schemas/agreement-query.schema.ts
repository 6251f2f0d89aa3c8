import { z } from 'zod'
import './french-messages'
import { AGREEMENT_STATUSES } from '../domain/agreement'
import { PARTNERSHIP_TYPE_CODES } from './agreement.schema'

export const AGREEMENT_SORT_KEYS = [
  'reference',
  'title',
  'partnerName',
  'type',
  'status',
  'startDate',
  'endDate',
  'updatedAt'
] as const

/** The register's query: full-text search, filters, sort and one page. */
export const agreementQuerySchema = z
  .object({
    search: z.string().max(200, 'Recherche : 200 caractères au plus.').optional(),
    type: z.enum(PARTNERSHIP_TYPE_CODES).optional(),
    status: z.enum(AGREEMENT_STATUSES).optional(),
    domainId: z.number().int().positive().optional(),
    headNetworkId: z.number().int().positive().optional(),
    needId: z.number().int().positive().optional(),
    partnerId: z.number().int().positive().optional(),
    /** Year of the reference (the year the agreement was created). */
    year: z.number().int().min(2000).max(2100).optional(),
    endingSoon: z.boolean().optional(),
    sort: z.enum(AGREEMENT_SORT_KEYS).optional(),
    direction: z.enum(['asc', 'desc']).optional(),
    limit: z.number().int().min(1).max(1000).optional(),
    offset: z.number().int().min(0).optional()
  })
  .strict()

export type AgreementQuery = z.infer<typeof agreementQuerySchema>
export type AgreementSortKey = (typeof AGREEMENT_SORT_KEYS)[number]

import { z } from 'zod'
import './french-messages'
import { isoDateSchema } from './agreement.schema'

export const exportSelectionSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('all') }).strict(),
  z.object({ kind: z.literal('headNetwork'), headNetworkId: z.number().int().positive() }).strict(),
  z.object({ kind: z.literal('ids'), ids: z.array(z.number().int().positive()).min(1).max(20_000) }).strict(),
  z
    .object({ kind: z.literal('period'), from: isoDateSchema.nullable(), to: isoDateSchema.nullable() })
    .strict()
    .refine((period) => period.from === null || period.to === null || period.from <= period.to, {
      message: 'La fin de la période précède son début.',
      path: ['to']
    })
])

export const exportInputSchema = z
  .object({ selection: exportSelectionSchema, anonymised: z.boolean() })
  .strict()

/** A file dropped on the page: the renderer has its bytes, never its path. */
export const MAX_DROPPED_BYTES = 200 * 1024 * 1024
export const droppedBundleSchema = z
  .object({
    name: z.string().min(1).max(255),
    dataBase64: z
      .string()
      .max(Math.ceil(MAX_DROPPED_BYTES / 3) * 4, 'Le fichier dépasse 200 Mo.')
      .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'Contenu de fichier illisible.')
  })
  .strict()

export const stagedTokenSchema = z.uuid()

export const importInputSchema = z
  .object({
    token: stagedTokenSchema,
    choices: z.record(z.string().max(40), z.enum(['keep', 'take'])),
    /** The coordinator checked with the sender a changed key or an unsigned bundle. */
    acceptSender: z.boolean().optional()
  })
  .strict()

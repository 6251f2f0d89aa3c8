import { z } from 'zod'
import './french-messages'
import { isoDateSchema } from './agreement.schema'

const id = z.number().int().positive()
const text = (max: number) => z.string().trim().max(max, `${max} caractères au plus.`)

/** Largest drawn signature accepted (a PNG from the pad weighs a few dozen kilobytes). */
export const MAX_SIGNATURE_DATA_URL_LENGTH = 700_000
/** Largest file accepted for verification or as a scanned copy, in bytes. */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024
const base64 = z
  .string()
  .max(Math.ceil(MAX_UPLOAD_BYTES / 3) * 4, 'Fichier trop volumineux (20 Mo au plus).')
  .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'Contenu de fichier illisible.')

export const documentTargetSchema = z
  .object({ agreementId: id, amendmentId: id.nullable().optional() })
  .strict()

export const drawnSignatureSchema = z.object({
  party: z.enum(['la-poste', 'partner']),
  /** « typed »: the signer typed their name (keyboard only); the image is that name as shown, and says so. */
  method: z.enum(['drawn', 'typed']).default('drawn'),
  signerName: text(120).min(1, 'Indiquez le nom du signataire.'),
  signerTitle: text(200),
  imageDataUrl: z
    .string()
    .max(MAX_SIGNATURE_DATA_URL_LENGTH, 'Signature trop volumineuse.')
    .startsWith('data:image/png;base64,', 'La signature doit être une image PNG.')
})

export const signInputSchema = z
  .object({
    versionId: id,
    place: text(120).min(1, 'Indiquez le lieu de signature.'),
    signatures: z
      .array(drawnSignatureSchema)
      .min(1, 'Au moins une signature est attendue.')
      .max(2)
      .refine(
        (list) => new Set(list.map((entry) => entry.party)).size === list.length,
        'Une signature par partie.'
      )
  })
  .strict()

export const attachScanInputSchema = z
  .object({
    versionId: id,
    place: text(120).min(1, 'Indiquez le lieu de signature.'),
    signedOn: isoDateSchema,
    fileName: text(255).min(1),
    dataBase64: base64.min(1, 'Le fichier est vide.'),
    signers: z
      .array(
        z.object({
          party: z.enum(['la-poste', 'partner']),
          signerName: text(120).min(1, 'Indiquez le nom du signataire.'),
          signerTitle: text(200)
        })
      )
      .min(1)
      .max(2)
  })
  .strict()

export const verifyInputSchema = z
  .object({ fileName: text(255), dataBase64: base64.min(1, 'Le fichier est vide.') })
  .strict()

export const amendedArticleSchema = z.object({
  articleNumber: z.number().int().min(1).max(99),
  articleTitle: text(200).min(1, 'Indiquez l’article modifié.'),
  newText: text(8000).min(1, 'Indiquez la nouvelle rédaction de l’article.')
})

export const createAmendmentInputSchema = z
  .object({
    agreementId: id,
    reason: text(2000).min(1, 'Indiquez le motif de l’avenant.'),
    effectiveDate: isoDateSchema.nullable(),
    changes: z.array(amendedArticleSchema).min(1, 'Un avenant modifie au moins un article.').max(30)
  })
  .strict()

export type SignInput = z.infer<typeof signInputSchema>
export type AttachScanInput = z.infer<typeof attachScanInputSchema>
export type CreateAmendmentInput = z.infer<typeof createAmendmentInputSchema>
export type DocumentTarget = z.infer<typeof documentTargetSchema>
export type VerifyInput = z.infer<typeof verifyInputSchema>

import { z } from 'zod'
import '../schemas/french-messages'

const text = (max: number) => z.string().trim().max(max, `${max} caractères au plus.`)
const id = z.number().int().positive()

/** A certificate file is small: a PKCS#12 with its chain weighs a few kilobytes. */
export const MAX_CERTIFICATE_BYTES = 256 * 1024
const certificateFile = z
  .string()
  .min(1, 'Le fichier est vide.')
  .max(
    Math.ceil(MAX_CERTIFICATE_BYTES / 3) * 4,
    'Fichier trop volumineux pour un certificat (256 Ko au plus).'
  )
  .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'Contenu de fichier illisible.')

/** Empty: protect the key with the operating system; otherwise the passphrase asked at each signature. */
const newPassphrase = z.string().max(200, '200 caractères au plus.').optional()

export const importCertificateInputSchema = z
  .object({
    fileName: text(255).min(1),
    dataBase64: certificateFile,
    passphrase: z.string().max(200, '200 caractères au plus.'),
    newPassphrase
  })
  .strict()

export const issueLocalCertificateInputSchema = z
  .object({
    holder: text(120).min(1, 'Indiquez le nom du titulaire.'),
    organisation: text(200).min(1, 'Indiquez l’organisation (La Poste et la direction régionale).'),
    newPassphrase
  })
  .strict()

export const addAuthorityInputSchema = z
  .object({ fileName: text(255).min(1), dataBase64: certificateFile })
  .strict()

export const signingPartySchema = z.enum(['la-poste', 'partner'])

/** Signs the latest version "for signature" of a convention (or of an amendment) with a stored certificate. */
export const signWithCertificateInputSchema = z
  .object({
    agreementId: id,
    amendmentId: id.nullable().optional(),
    party: signingPartySchema,
    certificateId: id,
    passphrase: z.string().max(200).optional(),
    signerTitle: text(200),
    place: text(120).min(1, 'Indiquez le lieu de signature.')
  })
  .strict()

/** On the partner's installation: signs, for the partner, the PDF La Poste signed and sent in an exchange file. */
export const signReceivedInputSchema = z
  .object({
    agreementId: id,
    certificateId: id,
    passphrase: z.string().max(200).optional(),
    signerTitle: text(200),
    place: text(120).min(1, 'Indiquez le lieu de signature.')
  })
  .strict()

/** Largest signed PDF accepted back from a partner. */
export const MAX_SIGNED_PDF_BYTES = 20 * 1024 * 1024

export const recordPartnerPdfInputSchema = z
  .object({
    agreementId: id,
    amendmentId: id.nullable().optional(),
    fileName: text(255).min(1),
    dataBase64: z
      .string()
      .min(1, 'Le fichier est vide.')
      .max(Math.ceil(MAX_SIGNED_PDF_BYTES / 3) * 4, 'Fichier trop volumineux (20 Mo au plus).')
      .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'Contenu de fichier illisible.')
  })
  .strict()

export type ImportCertificateInput = z.output<typeof importCertificateInputSchema>
export type IssueLocalCertificateInput = z.output<typeof issueLocalCertificateInputSchema>
export type AddAuthorityInput = z.output<typeof addAuthorityInputSchema>
export type SignWithCertificateInput = z.output<typeof signWithCertificateInputSchema>
export type SignReceivedInput = z.output<typeof signReceivedInputSchema>
export type RecordPartnerPdfInput = z.output<typeof recordPartnerPdfInputSchema>

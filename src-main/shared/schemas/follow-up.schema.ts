import { z } from 'zod'
import './french-messages'
import { EVALUATION_OUTCOMES, EVALUATION_RECOMMENDATIONS } from '../domain/follow-up'
import { isoDateSchema } from './agreement.schema'

const id = z.number().int().positive()
const text = (max: number) => z.string().trim().max(max, `${max} caractères au plus.`)

/** Largest minutes file accepted, in bytes (a scanned PDF of a few pages). */
export const MAX_MINUTES_BYTES = 15 * 1024 * 1024

/** A committee meeting, new (no id) or corrected (with its id). */
export const meetingInputSchema = z
  .object({
    agreementId: id,
    id: id.optional(),
    heldOn: isoDateSchema,
    attendees: z
      .array(text(200).min(1, 'Indiquez le nom de la personne présente.'))
      .min(1, 'Indiquez au moins une personne présente.')
      .max(40, '40 personnes au plus.'),
    decisions: text(8000)
  })
  .strict()

export const minutesInputSchema = z
  .object({
    meetingId: id,
    fileName: text(255).min(1, 'Le fichier n’a pas de nom.'),
    dataBase64: z
      .string()
      .min(1, 'Le fichier est vide.')
      .max(Math.ceil(MAX_MINUTES_BYTES / 3) * 4, 'Fichier trop volumineux (15 Mo au plus).')
      .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'Contenu de fichier illisible.')
  })
  .strict()

/** The results of one reporting period: a null value removes a result recorded before. */
export const periodResultsInputSchema = z
  .object({
    agreementId: id,
    periodNumber: z.number().int().min(1).max(20),
    results: z
      .array(
        z.object({
          indicatorIndex: z.number().int().min(0).max(29),
          value: z
            .number()
            .min(0, 'Un résultat ne peut pas être négatif.')
            .max(1e12, 'Valeur trop grande.')
            .nullable(),
          comment: text(1000)
        })
      )
      .min(1)
      .max(30)
      .refine(
        (rows) => new Set(rows.map((row) => row.indicatorIndex)).size === rows.length,
        'Un résultat par indicateur.'
      )
  })
  .strict()

export const evaluationInputSchema = z
  .object({
    agreementId: id,
    writtenOn: isoDateSchema,
    outcome: z.enum(EVALUATION_OUTCOMES, 'Choisissez le bilan des objectifs.'),
    recommendation: z.enum(EVALUATION_RECOMMENDATIONS, 'Choisissez la suite à donner.'),
    summary: text(8000).min(1, 'Rédigez le bilan en quelques lignes.')
  })
  .strict()

export type MeetingInput = z.infer<typeof meetingInputSchema>
export type MinutesInput = z.infer<typeof minutesInputSchema>
export type PeriodResultsInput = z.infer<typeof periodResultsInputSchema>
export type EvaluationInput = z.infer<typeof evaluationInputSchema>

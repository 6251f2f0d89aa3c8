import { z } from 'zod'
import '../../schemas/french-messages'

/**
 * Field schemas the four terms schemas share. Drafts may be incomplete: every field accepts an empty value, and the
 * type's rules say what is missing. Money is stored as integer cents. Every field is required on input; terms stored
 * before a field existed are completed by `upgradeTerms` (registry) when they are read.
 */

export const centsSchema = z
  .number({ message: 'Montant attendu.' })
  .int('Montant en centimes entiers.')
  .min(0, 'Le montant ne peut pas être négatif.')
  .max(100_000_000_000, 'Montant trop élevé (un milliard d’euros au plus).')

export const text = (max: number) => z.string().trim().max(max, `${max} caractères au plus.`)

export const count = (max: number) =>
  z
    .number({ message: 'Nombre attendu.' })
    .int('Nombre entier attendu.')
    .min(0, 'Nombre positif attendu.')
    .max(max, `${max} au plus.`)

export const isoDateOrNull = z.iso.date('Date invalide (format attendu AAAA-MM-JJ).').nullable()

/** How the prices of a paid service or purchase bear VAT; every amount in these conventions is HT. */
export const VAT_REGIMES = ['standard', 'franchise', 'exempt'] as const
export type VatRegime = (typeof VAT_REGIMES)[number]

import { z } from 'zod'

/**
 * Our own French wording for every message zod would write by default, for the fields and inputs whose schema
 * names no message: plain sentences a coordinator understands (« 120 au plus. »), never the library's
 * notation (« Trop grand : nombre doit être <=120 »).
 */

type Issue = z.core.$ZodRawIssue

const numberFormat = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2 })
const quantity = (value: number | bigint) => numberFormat.format(value)
const dateOf = (value: number | bigint | Date) =>
  new Date(typeof value === 'bigint' ? Number(value) : value).toLocaleDateString('fr-FR')

const EXPECTED_TYPE: Record<string, string> = {
  string: 'Texte attendu.',
  number: 'Nombre attendu.',
  int: 'Nombre entier attendu.',
  bigint: 'Nombre entier attendu.',
  boolean: 'Case à cocher attendue.',
  date: 'Date attendue.',
  array: 'Liste attendue.',
  object: 'Informations attendues.'
}

function invalidType(issue: Extract<Issue, { code: 'invalid_type' }>): string {
  if (issue.input === undefined || issue.input === null) return 'Ce champ est à renseigner.'
  return EXPECTED_TYPE[issue.expected] ?? 'Valeur inattendue.'
}

function tooBig(issue: Extract<Issue, { code: 'too_big' }>): string {
  const { maximum, inclusive, origin } = issue
  switch (origin) {
    case 'string':
      return `${quantity(maximum)} caractère${Number(maximum) > 1 ? 's' : ''} au plus.`
    case 'array':
    case 'set':
      return `${quantity(maximum)} élément${Number(maximum) > 1 ? 's' : ''} au plus.`
    case 'file':
      return `Fichier trop volumineux : ${quantity(maximum)} octets au plus.`
    case 'date':
      return inclusive ? `Au plus tard le ${dateOf(maximum)}.` : `Avant le ${dateOf(maximum)}.`
    default:
      return inclusive ? `${quantity(maximum)} au plus.` : `Moins de ${quantity(maximum)}.`
  }
}

function tooSmall(issue: Extract<Issue, { code: 'too_small' }>): string {
  const { minimum, inclusive, origin } = issue
  switch (origin) {
    case 'string':
      return Number(minimum) <= 1 ? 'Ce champ est à renseigner.' : `${quantity(minimum)} caractères au moins.`
    case 'array':
    case 'set':
      return Number(minimum) <= 1 ? 'Au moins un élément.' : `${quantity(minimum)} éléments au moins.`
    case 'file':
      return 'Le fichier est vide.'
    case 'date':
      return inclusive ? `Au plus tôt le ${dateOf(minimum)}.` : `Après le ${dateOf(minimum)}.`
    default:
      if (Number(minimum) === 0)
        return inclusive ? 'Nombre positif ou nul attendu.' : 'Nombre supérieur à zéro attendu.'
      return inclusive ? `${quantity(minimum)} au moins.` : `Plus de ${quantity(minimum)}.`
  }
}

function invalidFormat(issue: Extract<Issue, { code: 'invalid_format' }>): string {
  switch (issue.format) {
    case 'email':
      return 'Adresse e-mail invalide.'
    case 'date':
    case 'datetime':
      return 'Date invalide.'
    case 'time':
      return 'Heure invalide.'
    case 'url':
      return 'Adresse web invalide.'
    default:
      return 'Format invalide.'
  }
}

/** The French message of an issue whose schema gave none. */
export function frenchIssueMessage(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      return invalidType(issue)
    case 'too_big':
      return tooBig(issue)
    case 'too_small':
      return tooSmall(issue)
    case 'invalid_format':
      return invalidFormat(issue)
    case 'not_multiple_of':
      return Number(issue.divisor) === 1
        ? 'Nombre entier attendu.'
        : `Multiple de ${quantity(issue.divisor)} attendu.`
    case 'invalid_value':
      return issue.values.length === 1 ? 'Valeur inattendue.' : 'Choisissez une valeur de la liste.'
    case 'unrecognized_keys':
      return `Information${issue.keys.length > 1 ? 's' : ''} inattendue${issue.keys.length > 1 ? 's' : ''} : ${issue.keys.join(', ')}.`
    case 'invalid_union':
    case 'invalid_key':
    case 'invalid_element':
    case 'custom':
      return 'Valeur invalide.'
  }
}

z.config({ localeError: frenchIssueMessage })

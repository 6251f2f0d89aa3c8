/**
 * French phone numbers: ten digits starting with 0 (not 00), or +33 / 0033 followed by nine digits,
 * with optional spaces, dots or dashes between groups.
 */
export function normalizePhone(value: string): string {
  return value.replace(/[\s.\-()\u00a0]/g, '')
}

export function isValidFrenchPhone(value: string): boolean {
  const compact = normalizePhone(value)
  return /^0[1-9]\d{8}$/.test(compact) || /^(?:\+33|0033)[1-9]\d{8}$/.test(compact)
}

/** Displays a valid number as "05 56 12 34 56". */
export function formatFrenchPhone(value: string): string {
  const compact = normalizePhone(value).replace(/^(?:\+33|0033)/, '0')
  return compact.replace(/(\d{2})(?=\d)/g, '$1 ')
}

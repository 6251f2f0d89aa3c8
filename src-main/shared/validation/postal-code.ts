/** Postal code format: five digits (metropolitan France, Corsica and overseas departments). */
export function isPostalCodeFormat(value: string): boolean {
  return /^\d{5}$/.test(value)
}

/** Compares commune names the way people type them: case, accents, hyphens and apostrophes ignored. */
export function normalizeCommuneName(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[-'’\s]+/g, ' ')
    .replace(/\bst\b/g, 'saint')
    .replace(/\bste\b/g, 'sainte')
    .trim()
}

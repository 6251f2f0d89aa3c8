/** RNA number of an association: "W" followed by nine digits (e.g. W332012345). */
export function normalizeRna(value: string): string {
  return value.replace(/\s/g, '').toUpperCase()
}

export function isValidRna(rna: string): boolean {
  return /^W\d{9}$/.test(rna)
}

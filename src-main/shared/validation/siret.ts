/**
 * SIREN of La Poste. INSEE's one published exception: La Poste has too many establishments for five digits
 * under Luhn, so its SIRETs whose digits add up to a multiple of five are valid too (its head office,
 * 356 000 000 00048, is an ordinary Luhn number).
 */
export const LA_POSTE_SIREN = '356000000'

/** Luhn checksum over a string of digits. */
export function passesLuhn(digits: string): boolean {
  let sum = 0
  for (let index = 0; index < digits.length; index += 1) {
    const fromRight = digits.length - 1 - index
    let digit = Number(digits[index])
    if (fromRight % 2 === 1) {
      digit *= 2
      if (digit > 9) digit -= 9
    }
    sum += digit
  }
  return sum % 10 === 0
}

/** Removes the spaces people type between SIRET groups ("356 000 000 00048"). */
export function normalizeSiret(value: string): string {
  return value.replace(/[\s\u00a0.]/g, '')
}

export type SiretProblem = 'format' | 'checksum'

/** Returns what is wrong with a (normalized) SIRET, or null when it is valid. */
export function siretProblem(siret: string): SiretProblem | null {
  if (!/^\d{14}$/.test(siret)) return 'format'
  if (passesLuhn(siret)) return null
  if (siret.startsWith(LA_POSTE_SIREN)) {
    const digitSum = [...siret].reduce((sum, digit) => sum + Number(digit), 0)
    if (digitSum % 5 === 0) return null
  }
  return 'checksum'
}

export function isValidSiret(siret: string): boolean {
  return siretProblem(siret) === null
}

/** "44012345300019" → "440 123 453 00019", the way SIRETs are printed. */
export function formatSiret(siret: string): string {
  return siret.replace(/^(\d{3})(\d{3})(\d{3})(\d{5})$/, '$1 $2 $3 $4')
}

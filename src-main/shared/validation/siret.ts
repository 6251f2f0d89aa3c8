/** SIREN of La Poste: its SIRETs follow a digit-sum rule instead of Luhn (INSEE exception). */
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
  if (siret.startsWith(LA_POSTE_SIREN)) {
    const digitSum = [...siret].reduce((sum, digit) => sum + Number(digit), 0)
    return digitSum % 5 === 0 ? null : 'checksum'
  }
  return passesLuhn(siret) ? null : 'checksum'
}

export function isValidSiret(siret: string): boolean {
  return siretProblem(siret) === null
}

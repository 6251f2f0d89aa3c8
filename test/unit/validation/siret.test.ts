import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  isValidSiret,
  normalizeSiret,
  passesLuhn,
  siretProblem
} from '../../../src-main/shared/validation/siret'

describe('SIRET', () => {
  it('accepts real-world SIRETs that pass Luhn', () => {
    expect(isValidSiret('73282932000074')).toBe(true)
    expect(isValidSiret('44012345300019')).toBe(true)
  })

  it('refuses a SIRET with a wrong check digit', () => {
    expect(siretProblem('73282932000075')).toBe('checksum')
  })

  it('refuses anything but 14 digits', () => {
    expect(siretProblem('7328293200007')).toBe('format')
    expect(siretProblem('7328293200007A')).toBe('format')
  })

  it("accepts La Poste's establishments whose digits add up to a multiple of five", () => {
    const postOffice = '35600000049837' // digit sum 45, fails Luhn
    expect(passesLuhn(postOffice)).toBe(false)
    expect(isValidSiret(postOffice)).toBe(true)
    expect(isValidSiret('35600000000048')).toBe(true) // head office: plain Luhn
    expect(isValidSiret('35600000049838')).toBe(false) // digit sum 46, fails Luhn
  })

  it('does not extend the digit-sum exception to other companies', () => {
    const notLaPoste = '50000000000000' // digit sum 5, fails Luhn
    expect(passesLuhn(notLaPoste)).toBe(false)
    expect(isValidSiret(notLaPoste)).toBe(false)
  })

  it('normalizes the spaces people type', () => {
    expect(normalizeSiret('440 123 453 00019')).toBe('44012345300019')
  })

  it('detects every single-digit substitution of a valid SIRET (Luhn property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 13 }), fc.integer({ min: 1, max: 9 }), (position, delta) => {
        const valid = '44012345300019'
        const digit = (Number(valid[position]) + delta) % 10
        const changed = valid.slice(0, position) + String(digit) + valid.slice(position + 1)
        return !isValidSiret(changed)
      })
    )
  })
})

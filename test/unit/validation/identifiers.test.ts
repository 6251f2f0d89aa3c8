import { describe, expect, it } from 'vitest'
import { isValidEmail } from '../../../src-main/shared/validation/email'
import { formatFrenchPhone, isValidFrenchPhone } from '../../../src-main/shared/validation/phone'
import { normalizeCommuneName } from '../../../src-main/shared/validation/postal-code'
import { isValidRna, normalizeRna } from '../../../src-main/shared/validation/rna'

describe('RNA number', () => {
  it('is W followed by nine digits', () => {
    expect(isValidRna('W332012345')).toBe(true)
    expect(isValidRna(normalizeRna(' w332012345 '))).toBe(true)
    expect(isValidRna('W33201234')).toBe(false)
    expect(isValidRna('X332012345')).toBe(false)
  })
})

describe('French phone numbers', () => {
  it.each(['05 56 12 34 56', '0556123456', '+33 5 56 12 34 56', '0033556123456', '06.12.34.56.78'])(
    'accepts %s',
    (phone) => expect(isValidFrenchPhone(phone)).toBe(true)
  )
  it.each(['556123456', '00 56 12 34 56', '+44 20 7946 0958', '05 56 12 34 5', 'zéro cinq'])(
    'refuses %s',
    (phone) => expect(isValidFrenchPhone(phone)).toBe(false)
  )
  it('formats numbers in pairs', () => {
    expect(formatFrenchPhone('+33556123456')).toBe('05 56 12 34 56')
  })
})

describe('e-mail', () => {
  it('accepts ordinary addresses and refuses malformed ones', () => {
    expect(isValidEmail('prenom.nom@exemple.fr')).toBe(true)
    expect(isValidEmail('prenom nom@exemple.fr')).toBe(false)
    expect(isValidEmail('prenom@exemple')).toBe(false)
  })
})

describe('commune names', () => {
  it('match however they are typed', () => {
    expect(normalizeCommuneName('St-Émilion')).toBe(normalizeCommuneName('Saint-Émilion'))
    expect(normalizeCommuneName('VILLENEUVE SUR LOT')).toBe(normalizeCommuneName('Villeneuve-sur-Lot'))
    expect(normalizeCommuneName("L'Abergement-Clémenciat")).toBe(
      normalizeCommuneName('l abergement clemenciat')
    )
  })
})

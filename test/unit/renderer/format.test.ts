import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  formatAmountInput,
  formatDate,
  formatEuros,
  formatNumberInput,
  parseAmountToCents,
  parseFrenchNumber
} from '../../../src-renderer/src/format'

describe('French amounts in the UI', () => {
  it('reads « 1 500,50 », « 1.500,50 » and « 1500.50 » as the same amount', () => {
    for (const typed of [
      '1 500,50',
      '1.500,50',
      '1500.50',
      '1500,50',
      '1,500.50',
      '1\u202f500,50 €',
      '1500.5 €'
    ])
      expect(parseAmountToCents(typed), typed).toBe(150050)
    expect(parseAmountToCents('1.500')).toBe(150000)
    expect(parseAmountToCents('1.500.000')).toBe(150000000)
    expect(parseAmountToCents('')).toBeNull()
  })

  it('reads a negative amount as negative, so the field says why it is refused', () => {
    expect(parseAmountToCents('-100')).toBe(-10000)
    expect(parseAmountToCents('−12,5')).toBe(-1250)
  })

  it('refuses what is not an amount instead of guessing', () => {
    for (const typed of ['douze', '1,234,5', '3,141', '1.50.0', '12 3,4', '1..5', ',', '1,2,3'])
      expect(parseAmountToCents(typed), typed).toBeUndefined()
  })

  it('shows what it reads back identically (round trip)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000_000 }),
        (cents) => parseAmountToCents(formatAmountInput(cents)) === cents
      )
    )
  })

  it('reads plain numbers typed the French way, and shows them back the same way', () => {
    expect(parseFrenchNumber('120')).toBe(120)
    expect(parseFrenchNumber('0,75')).toBe(0.75)
    expect(parseFrenchNumber('2 500,5')).toBe(2500.5)
    expect(parseFrenchNumber('')).toBeNull()
    expect(parseFrenchNumber('cent')).toBeUndefined()
    fc.assert(
      fc.property(fc.integer({ min: -100_000_000, max: 100_000_000 }), (hundredths) => {
        const value = hundredths / 100
        return parseFrenchNumber(formatNumberInput(value)) === value
      })
    )
  })

  it('displays euros and dates as French users read them', () => {
    expect(formatEuros(150000).replace(/\s/g, ' ')).toBe('1 500,00 €')
    expect(formatEuros(null)).toBe('—')
    expect(formatDate('2026-11-28')).toBe('28/11/2026')
  })
})

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  formatAmountInput,
  formatDate,
  formatEuros,
  parseAmountToCents
} from '../../../src-renderer/src/format'

describe('French amounts in the UI', () => {
  it('reads amounts typed the French way', () => {
    expect(parseAmountToCents('1 500,50')).toBe(150050)
    expect(parseAmountToCents('1500.5 €')).toBe(150050)
    expect(parseAmountToCents('1\u202f500')).toBe(150000)
    expect(parseAmountToCents('')).toBeNull()
  })

  it('refuses what is not an amount instead of guessing', () => {
    expect(parseAmountToCents('douze')).toBeUndefined()
    expect(parseAmountToCents('1,234,5')).toBeUndefined()
    expect(parseAmountToCents('-5')).toBeUndefined()
    expect(parseAmountToCents('3,141')).toBeUndefined()
  })

  it('shows what it reads back identically (round trip)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000_000 }),
        (cents) => parseAmountToCents(formatAmountInput(cents)) === cents
      )
    )
  })

  it('displays euros and dates as French users read them', () => {
    expect(formatEuros(150000).replace(/\s/g, ' ')).toBe('1 500,00 €')
    expect(formatEuros(null)).toBe('—')
    expect(formatDate('2026-11-28')).toBe('28/11/2026')
  })
})

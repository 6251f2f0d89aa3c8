import { describe, expect, it } from 'vitest'
import { emptyTerms } from '../../../src-main/shared/agreements/empty-terms'
import {
  counterpartsExceedLimit,
  giftValueCents,
  skillsValuationCents,
  taxReceiptRefusal
} from '../../../src-main/shared/agreements/patronage-rules'
import type { PatronageTerms } from '../../../src-main/shared/schemas/agreement-terms.schema'

const gift = (overrides: Partial<PatronageTerms>): PatronageTerms => ({
  ...emptyTerms('patronage'),
  ...overrides
})

describe('patronage rules', () => {
  it('values skills patronage as employees × days × daily cost', () => {
    expect(skillsValuationCents({ employees: 8, days: 3, dailyCostCents: 32_000, valuationBasis: '' })).toBe(
      768_000
    )
    expect(
      skillsValuationCents({ employees: 8, days: null, dailyCostCents: 32_000, valuationBasis: '' })
    ).toBeNull()
    expect(
      giftValueCents(
        gift({
          nature: 'skills',
          amountCents: 1,
          skills: { employees: 2, days: 5, dailyCostCents: 10_000, valuationBasis: '' }
        })
      )
    ).toBe(100_000)
    expect(giftValueCents(gift({ nature: 'financial', amountCents: 500_000 }))).toBe(500_000)
  })

  it('warns only when counterparts exceed 25 % of the gift', () => {
    const at = (valueCents: number) =>
      counterpartsExceedLimit(
        gift({
          nature: 'financial',
          amountCents: 100_000,
          counterparts: [{ description: 'Logo', valueCents }]
        })
      )
    expect(at(25_000)).toBe(false)
    expect(at(25_001)).toBe(true)
    expect(
      counterpartsExceedLimit(
        gift({
          nature: 'financial',
          amountCents: 100_000,
          counterparts: [
            { description: 'a', valueCents: 15_000 },
            { description: 'b', valueCents: 15_000 }
          ]
        })
      )
    ).toBe(true)
    expect(
      counterpartsExceedLimit(
        gift({ nature: 'financial', amountCents: null, counterparts: [{ description: 'a', valueCents: 1 }] })
      )
    ).toBe(false)
  })

  it('refuses a tax receipt to a partner that is not of general interest, in French', () => {
    expect(taxReceiptRefusal(true)).toBeNull()
    expect(taxReceiptRefusal(false)).toContain('intérêt général')
  })
})

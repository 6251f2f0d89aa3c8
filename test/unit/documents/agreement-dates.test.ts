import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  addDays,
  addMonths,
  agreementEndDate,
  termEndDate
} from '../../../src-main/shared/agreements/agreement-dates'

describe('the end date of a term (start + N months − 1 day, inclusive)', () => {
  it('ends a one-year term starting on 1 January on 31 December', () => {
    expect(termEndDate('2027-01-01', 12)).toBe('2027-12-31')
  })

  it('ends one-month terms the day before the same date next month, or on the last day of a shorter month', () => {
    expect(termEndDate('2027-01-01', 1)).toBe('2027-01-31')
    expect(termEndDate('2027-01-15', 1)).toBe('2027-02-14')
    expect(termEndDate('2027-03-01', 1)).toBe('2027-03-31')
    expect(termEndDate('2027-01-31', 1)).toBe('2027-02-28')
    expect(termEndDate('2028-01-31', 1)).toBe('2028-02-29')
    expect(termEndDate('2027-01-29', 1)).toBe('2027-02-28')
    expect(termEndDate('2028-01-29', 1)).toBe('2028-02-28')
    expect(termEndDate('2027-03-31', 1)).toBe('2027-04-30')
    expect(termEndDate('2027-12-01', 1)).toBe('2027-12-31')
    expect(termEndDate('2027-12-15', 1)).toBe('2028-01-14')
  })

  it('handles leap years: a term starting on 29 February', () => {
    expect(termEndDate('2028-02-29', 12)).toBe('2029-02-28')
    expect(termEndDate('2028-02-29', 48)).toBe('2032-02-28')
    expect(termEndDate('2028-03-01', 12)).toBe('2029-02-28')
    expect(termEndDate('2027-03-01', 12)).toBe('2028-02-29')
  })

  it('ends 36-month terms three years later, the day before', () => {
    expect(termEndDate('2027-01-01', 36)).toBe('2029-12-31')
    expect(termEndDate('2026-07-14', 36)).toBe('2029-07-13')
    expect(termEndDate('2027-08-31', 36)).toBe('2030-08-30')
  })

  it('is null while the start or the duration is unknown', () => {
    expect(agreementEndDate(null, 12)).toBeNull()
    expect(agreementEndDate('2027-01-01', null)).toBeNull()
    expect(agreementEndDate('2027-01-01', 12)).toBe('2027-12-31')
  })

  it('always ends before the same date N months later and within its last month', () => {
    const dates = fc
      .date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
      .map((date) => date.toISOString().slice(0, 10))
    fc.assert(
      fc.property(dates, fc.integer({ min: 1, max: 120 }), (start, months) => {
        const end = termEndDate(start, months)
        const next = addMonths(start, months)
        expect(end < next || end === next).toBe(true)
        expect(addDays(end, 1) >= next).toBe(true)
        expect(end >= start).toBe(true)
      })
    )
  })
})

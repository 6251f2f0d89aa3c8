import { describe, expect, it } from 'vitest'
import { pdfDate } from '../../../src-main/services/signatures/pdf/pdf-signatures'

describe('PDF dates of signature dictionaries', () => {
  it('reads full dates with a time zone, UTC, and partial ones', () => {
    expect(pdfDate("D:20261128140500+01'00'")).toBe('2026-11-28T13:05:00.000Z')
    expect(pdfDate('D:20261128140500Z')).toBe('2026-11-28T14:05:00.000Z')
    expect(pdfDate('D:2026112814')).toBe('2026-11-28T14:00:00.000Z')
  })

  it('answers null for anything else', () => {
    expect(pdfDate(undefined)).toBeNull()
    expect(pdfDate('hier')).toBeNull()
    expect(pdfDate('D:20261399')).toBeNull()
  })
})

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  amountInWords,
  amountInWordsAndFigures,
  numberInWords
} from '../../../src-main/shared/documents/amount-in-words'
import { formatAmount, formatLongDate } from '../../../src-main/shared/documents/french-format'

const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ')

/** Reads French number words back, to check the speller on any number. */
function parseFrenchNumber(words: string): number {
  const values: Record<string, number> = {
    zéro: 0,
    un: 1,
    deux: 2,
    trois: 3,
    quatre: 4,
    cinq: 5,
    six: 6,
    sept: 7,
    huit: 8,
    neuf: 9,
    dix: 10,
    onze: 11,
    douze: 12,
    treize: 13,
    quatorze: 14,
    quinze: 15,
    seize: 16,
    vingt: 20,
    trente: 30,
    quarante: 40,
    cinquante: 50,
    soixante: 60
  }
  let total = 0
  let group = 0
  for (const token of words.replace(/quatre-vingts?/g, 'QV').split(/[ -]/)) {
    if (token === 'et') continue
    if (token === 'QV') group += 80
    else if (token === 'cent' || token === 'cents')
      group = (group % 100 === group ? Math.max(group, 1) : group) * 100
    else if (token === 'mille') {
      total += Math.max(group, 1) * 1000
      group = 0
    } else if (token === 'million' || token === 'millions') {
      total += group * 1_000_000
      group = 0
    } else if (token === 'milliard' || token === 'milliards') {
      total = (total + group) * 1_000_000_000
      group = 0
    } else if (token in values) group += values[token] as number
    else throw new Error(`mot inconnu : ${token}`)
  }
  return total + group
}

describe('French formats', () => {
  it('writes dates the French way, with « 1er » for the first of the month', () => {
    expect(plain(formatLongDate('2026-11-28'))).toBe('28 novembre 2026')
    expect(plain(formatLongDate('2027-01-01'))).toBe('1er janvier 2027')
    expect(plain(formatLongDate('2026-08-15'))).toBe('15 août 2026')
  })

  it('writes amounts with non-breaking spaces that never split the figure', () => {
    expect(formatAmount(150_000)).toBe('1\u00a0500,00\u00a0€')
    expect(plain(formatAmount(123_456_789_05))).toBe('123 456 789,05 €')
    expect(plain(formatAmount(5))).toBe('0,05 €')
  })

  it('spells amounts in words with the traditional spelling', () => {
    expect(plain(amountInWordsAndFigures(150_000))).toBe('mille cinq cents euros (1 500,00 €)')
    expect(amountInWords(8_000)).toBe('quatre-vingts euros')
    expect(amountInWords(8_000_000)).toBe('quatre-vingt mille euros')
    expect(amountInWords(20_000_000)).toBe('deux cent mille euros')
    expect(amountInWords(7_100)).toBe('soixante et onze euros')
    expect(amountInWords(2_100)).toBe('vingt et un euros')
    expect(amountInWords(100)).toBe('un euro')
    expect(amountInWords(100_000_000)).toBe('un million d’euros')
    expect(amountInWords(300_000_000_00)).toBe('trois cents millions d’euros')
    expect(amountInWords(100_000_020_000)).toBe('un milliard deux cents euros')
    expect(amountInWords(150_050)).toBe('mille cinq cents euros et cinquante centimes')
    expect(amountInWords(1)).toBe('un centime')
    expect(amountInWords(0)).toBe('zéro euro')
    expect(numberInWords(99)).toBe('quatre-vingt-dix-neuf')
  })

  it('spells any number so that it reads back to the same value', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999_999_999 }), (value) => {
        const words = numberInWords(value)
        expect(words).not.toMatch(/ {2}|^ | $/)
        expect(parseFrenchNumber(words)).toBe(value)
      }),
      { numRuns: 2000 }
    )
  })

  it('gives every amount its figures in parentheses, with cents in words when there are any', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000_000_000 }), (cents) => {
        const text = amountInWordsAndFigures(cents)
        expect(text.endsWith(`(${formatAmount(cents)})`)).toBe(true)
        expect(text.includes('centime')).toBe(cents % 100 !== 0)
      })
    )
  })
})

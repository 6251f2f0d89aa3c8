import { describe, expect, it } from 'vitest'
import { emptyTerms, suggestedCommitments } from '../../../src-main/shared/partnership-types/registry'
import { patronageEligibility } from '../../../src-main/shared/partnership-types/patronage/patronage-eligibility'
import {
  counterpartsExceedLimit,
  giftValueCents,
  skillsValuationCents
} from '../../../src-main/shared/partnership-types/patronage/patronage-valuation'
import { dailySkillsCapCents } from '../../../src-main/shared/partnership-types/patronage/social-security-ceiling'
import type { PatronageTerms } from '../../../src-main/shared/schemas/agreement-terms.schema'

const gift = (overrides: Partial<PatronageTerms>): PatronageTerms => ({
  ...emptyTerms('patronage'),
  ...overrides
})
const skills = (employees: number | null, days: number | null, dailyCostCents: number | null) => ({
  ...emptyTerms('patronage').skills,
  employees,
  days,
  dailyCostCents
})

describe('patronage rules', () => {
  it('values skills patronage as employees × days × daily cost, the other natures by their amount', () => {
    expect(skillsValuationCents(skills(8, 3, 32_000))).toBe(768_000)
    expect(skillsValuationCents(skills(8, null, 32_000))).toBeNull()
    expect(giftValueCents(gift({ nature: 'skills', amountCents: 1, skills: skills(2, 5, 10_000) }))).toBe(
      100_000
    )
    expect(giftValueCents(gift({ nature: 'financial', amountCents: 500_000 }))).toBe(500_000)
    expect(giftValueCents(gift({ nature: 'in-kind', amountCents: 420_000 }))).toBe(420_000)
  })

  it('allows counterparts up to 25 % of the gift, not a cent more', () => {
    const at = (...values: number[]) =>
      counterpartsExceedLimit(
        gift({
          nature: 'financial',
          amountCents: 100_000,
          counterparts: values.map((valueCents) => ({ description: 'Logo', valueCents }))
        })
      )
    expect(at(25_000)).toBe(false)
    expect(at(25_001)).toBe(true)
    expect(at(15_000, 15_000)).toBe(true)
    expect(
      counterpartsExceedLimit(
        gift({ nature: 'financial', amountCents: null, counterparts: [{ description: 'a', valueCents: 1 }] })
      )
    ).toBe(false)
  })

  it('caps the daily cost of skills at three times the daily social security ceiling of the start year', () => {
    expect(dailySkillsCapCents(2026)).toBe(66_000)
    expect(dailySkillsCapCents(2025)).toBe(64_800)
    expect(dailySkillsCapCents(2031)).toBe(dailySkillsCapCents(2026))
    expect(dailySkillsCapCents(2010)).toBe(dailySkillsCapCents(2024))
  })

  it('finds a partner eligible only on what its record says, and never a company', () => {
    const record = { legalForm: 'association-1901' as const, statuses: [], generalInterest: true }
    expect(patronageEligibility(record)).toEqual({ eligible: true, basis: 'general-interest' })
    expect(patronageEligibility({ ...record, statuses: ['public-utility'] })).toEqual({
      eligible: true,
      basis: 'public-utility'
    })
    expect(patronageEligibility({ ...record, generalInterest: false })).toMatchObject({ eligible: false })
    expect(patronageEligibility({ ...record, legalForm: 'scic', statuses: ['esus'] })).toMatchObject({
      eligible: false,
      reason: expect.stringContaining('SCIC')
    })
  })

  it('suggests skills commitments and indicators only for skills patronage', () => {
    const skillsWords = /compétences|salariés/
    for (const nature of ['financial', 'in-kind', null] as const) {
      const suggestions = suggestedCommitments('patronage', gift({ nature }))
      expect(
        [...suggestions.laPoste, ...suggestions.indicators.map((indicator) => indicator.label)].join(' ')
      ).not.toMatch(skillsWords)
    }
    const forSkills = suggestedCommitments('patronage', gift({ nature: 'skills' }))
    expect(forSkills.indicators.map((indicator) => indicator.label)).toContain(
      'Jours de mécénat de compétences réalisés'
    )
  })
})

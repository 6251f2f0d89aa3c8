import { describe, expect, it } from 'vitest'
import {
  addMonths,
  agreementEndDate,
  isEndingSoon
} from '../../../src-main/shared/agreements/agreement-dates'
import {
  departmentOfCommuneCode,
  formatAgreementReference
} from '../../../src-main/shared/agreements/agreement-reference'
import { canTransition } from '../../../src-main/shared/agreements/status-flow'
import { suggestedCommitments } from '../../../src-main/shared/partnership-types/registry'
import { PARTNERSHIP_TYPE_CODES } from '../../../src-main/shared/schemas/agreement.schema'
import { recommendType, type TypeQuestionnaire } from '../../../src-main/shared/agreements/type-recommender'
import { toFtsQuery } from '../../../src-main/services/agreements/agreement-register'

const unanswered: TypeQuestionnaire = {
  exchange: null,
  payment: null,
  createsMissingService: null,
  laPosteIsBuying: null,
  isGift: null
}

describe('agreement helpers', () => {
  it('computes the inclusive end date (the day before start + duration), and adds months clamping short months', () => {
    expect(agreementEndDate('2026-01-15', 12)).toBe('2027-01-14')
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28')
    expect(addMonths('2027-12-31', 2)).toBe('2028-02-29')
    expect(agreementEndDate(null, 12)).toBeNull()
  })

  it('flags signed or active agreements ending within 60 days', () => {
    expect(isEndingSoon('active', '2027-01-20', '2026-11-28')).toBe(true)
    expect(isEndingSoon('active', '2027-01-28', '2026-11-28')).toBe(false)
    expect(isEndingSoon('draft', '2026-12-01', '2026-11-28')).toBe(false)
    expect(isEndingSoon('signed', '2026-11-27', '2026-11-28')).toBe(false)
  })

  it('formats references and departments, overseas included', () => {
    expect(formatAgreementReference(2026, '33', 42)).toBe('AD-2026-33-0042')
    expect(departmentOfCommuneCode('97411')).toBe('974')
    expect(departmentOfCommuneCode('2A004')).toBe('2A')
  })

  it('allows only the status flow draft → ready → signed → active → ended or terminated', () => {
    expect(canTransition('draft', 'ready_for_signature')).toBe(true)
    expect(canTransition('draft', 'signed')).toBe(false)
    expect(canTransition('signed', 'draft')).toBe(false)
    expect(canTransition('active', 'terminated')).toBe(true)
    expect(canTransition('ended', 'active')).toBe(false)
  })

  it('recommends a type with a French reason', () => {
    expect(recommendType({ ...unanswered, isGift: true, laPosteIsBuying: true }).type).toBe('patronage')
    expect(recommendType({ ...unanswered, laPosteIsBuying: true })).toMatchObject({
      type: 'responsible-practices',
      reason: expect.stringContaining('achète')
    })
    expect(recommendType({ ...unanswered, createsMissingService: true }).type).toBe('social-innovation')
    expect(
      recommendType({ ...unanswered, exchange: 'joint-service', payment: 'la-poste-pays-partner' }).type
    ).toBe('economic-cooperation')
    expect(recommendType({ ...unanswered, exchange: 'skills', payment: 'nobody-pays' }).type).toBe(
      'patronage'
    )
    expect(recommendType(unanswered)).toMatchObject({
      type: null,
      reason: expect.stringContaining('Répondez')
    })
  })

  it('suggests commitments of both parties and indicators for every type', () => {
    for (const suggestions of PARTNERSHIP_TYPE_CODES.map((type) => suggestedCommitments(type, null))) {
      expect(suggestions.laPoste.length).toBeGreaterThan(0)
      expect(suggestions.partner.length).toBeGreaterThan(0)
      expect(suggestions.indicators.length).toBeGreaterThan(0)
    }
  })

  it('turns typed words into a safe FTS5 prefix query', () => {
    expect(toFtsQuery('  banque   Gironde ')).toBe('"banque"* "Gironde"*')
    expect(toFtsQuery('a"b OR')).toBe('"a""b"* "OR"*')
    expect(toFtsQuery(' - * ')).toBeNull()
  })
})

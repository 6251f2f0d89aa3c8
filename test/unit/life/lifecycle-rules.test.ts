import { describe, expect, it } from 'vitest'
import {
  defaultTerminationDate,
  deletionProblem,
  dueTransitions,
  noticeDeadline,
  renewalProblem,
  terminationProblems
} from '../../../src-main/shared/agreements/lifecycle'
import {
  achievementPercent,
  committeeIntervalMonths,
  nextCommitteeDue,
  reportingPeriods
} from '../../../src-main/shared/follow-up/follow-up-schedule'

const active = { status: 'active' as const, startDate: '2030-01-01', endDate: '2030-12-31' }

describe('lifecycle rules', () => {
  it('terminates only with a reason, who decided, and a date within the convention', () => {
    const request = { date: '2030-06-30', reason: 'Cessation d’activité', decidedBy: 'la-poste' as const }
    expect(terminationProblems(active, request)).toEqual({})
    expect(terminationProblems(active, { ...request, reason: ' ', decidedBy: null, date: null })).toEqual({
      reason: 'Indiquez le motif de la résiliation.',
      decidedBy: 'Indiquez qui a décidé la résiliation.',
      date: 'Indiquez la date d’effet de la résiliation.'
    })
    expect(terminationProblems(active, { ...request, date: '2029-12-31' })['date']).toContain(
      'avant le début'
    )
    expect(terminationProblems(active, { ...request, date: '2030-01-01' })).toEqual({})
    expect(terminationProblems(active, { ...request, date: '2031-01-01' })['date']).toContain('après la fin')
    for (const status of ['ended', 'terminated'] as const)
      expect(terminationProblems({ ...active, status }, request)).toEqual({
        status: expect.stringContaining('ne peut plus être résiliée')
      })
    expect(terminationProblems({ ...active, status: 'draft' }, request)['status']).toContain('signée')
  })

  it('defaults the termination date to today, or to the start of a convention not started yet', () => {
    expect(defaultTerminationDate('2030-01-01', '2029-06-01')).toBe('2030-01-01')
    expect(defaultTerminationDate('2030-01-01', '2030-03-01')).toBe('2030-03-01')
    expect(defaultTerminationDate(null, '2030-03-01')).toBe('2030-03-01')
  })

  it('starts on the start date and ends the day after the end date', () => {
    const signed = { ...active, status: 'signed' as const }
    expect(dueTransitions(signed, '2029-12-31')).toEqual([])
    expect(dueTransitions(signed, '2030-01-01')).toEqual(['active'])
    expect(dueTransitions(active, '2030-12-31')).toEqual([])
    expect(dueTransitions(active, '2031-01-01')).toEqual(['ended'])
    expect(dueTransitions(signed, '2031-02-01')).toEqual(['active', 'ended'])
    expect(dueTransitions({ ...active, status: 'terminated' }, '2031-02-01')).toEqual([])
  })

  it('puts the notice deadline the notice period before the end', () => {
    expect(noticeDeadline('2030-12-31', 3)).toBe('2030-09-30')
    expect(noticeDeadline('2030-05-31', 3)).toBe('2030-02-28')
    expect(noticeDeadline('2030-12-31', 0)).toBeNull()
    expect(noticeDeadline(null, 3)).toBeNull()
  })

  it('renews signed conventions but not terminated ones, and deletes drafts only', () => {
    expect(renewalProblem('active')).toBeNull()
    expect(renewalProblem('ended')).toBeNull()
    expect(renewalProblem('terminated')).toContain('résiliée')
    expect(renewalProblem('draft')).toContain('signée')
    expect(deletionProblem('draft')).toBeNull()
    expect(deletionProblem('ready_for_signature')).toContain('seuls les brouillons')
  })
})

describe('follow-up schedule', () => {
  const facts = { startDate: '2030-01-01', effectiveEndDate: '2031-12-31', meetingsPerYear: 2 }

  it('expects a committee every 12 / N months after the last one, and a closing one at the end', () => {
    expect(committeeIntervalMonths(2)).toBe(6)
    expect(committeeIntervalMonths(5)).toBe(2)
    expect(committeeIntervalMonths(0)).toBeNull()
    expect(nextCommitteeDue(facts, null)).toBe('2030-07-01')
    expect(nextCommitteeDue(facts, '2030-08-15')).toBe('2031-02-15')
    expect(nextCommitteeDue(facts, '2031-05-01')).toBe('2031-11-01')
    expect(nextCommitteeDue(facts, '2031-08-01')).toBe('2031-12-31')
    expect(nextCommitteeDue(facts, '2031-10-15')).toBeNull()
    expect(nextCommitteeDue({ ...facts, effectiveEndDate: '2030-12-31', meetingsPerYear: 1 }, null)).toBe(
      '2030-12-31'
    )
    expect(nextCommitteeDue({ ...facts, meetingsPerYear: null }, null)).toBeNull()
  })

  it('splits a convention into contract years, the last one cut at the (effective) end', () => {
    expect(reportingPeriods(facts)).toEqual([
      { number: 1, start: '2030-01-01', end: '2030-12-31', label: 'Année 1' },
      { number: 2, start: '2031-01-01', end: '2031-12-31', label: 'Année 2' }
    ])
    expect(reportingPeriods({ ...facts, effectiveEndDate: '2030-04-30' })).toEqual([
      { number: 1, start: '2030-01-01', end: '2030-04-30', label: 'Période unique' }
    ])
    expect(reportingPeriods({ ...facts, startDate: null })).toEqual([])
  })

  it('measures achievement against a positive target only', () => {
    expect(achievementPercent(90, 120)).toBe(75)
    expect(achievementPercent(130, 120)).toBe(108)
    expect(achievementPercent(5, 0)).toBeNull()
    expect(achievementPercent(5, null)).toBeNull()
  })
})

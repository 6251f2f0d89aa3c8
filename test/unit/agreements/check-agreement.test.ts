import { describe, expect, it } from 'vitest'
import { checkAgreement, type CheckContext } from '../../../src-main/shared/agreements/check-agreement'
import { emptyTerms } from '../../../src-main/shared/agreements/empty-terms'
import type { AgreementContent } from '../../../src-main/shared/schemas/agreement.schema'
import { completeTerms } from '../../support/agreement-fixtures'

const context: CheckContext = {
  partner: {
    generalInterest: true,
    legalForm: 'association-1901',
    statuses: ['esat'],
    headNetworkId: null,
    contacts: [
      { id: 7, maySign: true },
      { id: 8, maySign: false }
    ]
  },
  today: '2026-11-28'
}

function complete(overrides: Partial<AgreementContent> = {}): AgreementContent {
  return {
    title: 'Convention',
    needId: 1,
    partnerId: 2,
    route: 'direct',
    type: 'social-innovation',
    domainIds: [1],
    benefitCodes: ['new-audiences'],
    startDate: '2027-01-01',
    durationMonths: 12,
    renewalRule: 'none',
    noticeMonths: 3,
    laPosteCommitments: ['Former'],
    partnerCommitments: ['Accueillir'],
    indicators: [{ label: 'Personnes', target: 100, unit: 'personnes' }],
    followUpCommittee: { composition: 'Deux représentants', meetingsPerYear: 2 },
    communication: { logoUseAllowed: false, clause: 'Accord préalable' },
    dataProtection: 'RGPD',
    confidentiality: 'Confidentiel',
    jurisdiction: 'Tribunal judiciaire de Bordeaux',
    laPosteSite: { kind: null, name: '' },
    laPosteSignatory: { name: 'Claire Martin', title: 'Directrice' },
    partnerSignatoryContactId: 7,
    place: 'Bordeaux',
    terms: completeTerms('social-innovation'),
    ...overrides
  }
}

const codes = (content: AgreementContent, ctx = context) =>
  checkAgreement(content, ctx).problems.map((problem) => problem.code)

describe('checkAgreement', () => {
  it('finds nothing to fix in a complete agreement', () => {
    expect(checkAgreement(complete(), context)).toEqual({ problems: [], warnings: [] })
  })

  it('points each missing piece to the wizard step and field that fixes it', () => {
    const { problems } = checkAgreement(
      complete({
        needId: null,
        partnerId: null,
        type: null,
        indicators: [],
        startDate: null,
        partnerSignatoryContactId: null
      }),
      context
    )
    expect(problems.map((problem) => [problem.step, problem.stepKey, problem.field])).toEqual([
      [1, 'besoin', 'needId'],
      [2, 'partenaire', 'partnerId'],
      [3, 'type', 'type'],
      [5, 'engagements-indicateurs', 'indicators'],
      [6, 'duree-clauses', 'startDate'],
      [7, 'signataires', 'partnerSignatoryContactId']
    ])
    expect(problems.every((problem) => problem.message.length > 10)).toBe(true)
  })

  it('requires an evaluation plan for social innovation', () => {
    expect(
      codes(complete({ terms: { ...completeTerms('social-innovation'), evaluationPlan: ' ' } }))
    ).toEqual(['evaluation-plan-missing'])
  })

  it('requires the remuneration model and amount for economic cooperation', () => {
    const terms = {
      ...completeTerms('economic-cooperation'),
      remunerationModel: null,
      remunerationAmountCents: 0
    }
    expect(codes(complete({ type: 'economic-cooperation', terms }))).toEqual([
      'remuneration-model-missing',
      'remuneration-amount-missing'
    ])
  })

  it('reserves a reserved market to ESAT, EA and SIAE suppliers', () => {
    const terms = (supplierStatus: 'esat' | 'ea' | 'siae' | 'other', reservedMarket = true) => ({
      ...completeTerms('responsible-practices'),
      supplierStatus,
      reservedMarket
    })
    for (const status of ['esat', 'ea', 'siae'] as const)
      expect(codes(complete({ type: 'responsible-practices', terms: terms(status) }))).toEqual([])
    expect(codes(complete({ type: 'responsible-practices', terms: terms('other') }))).toEqual([
      'reserved-market-supplier'
    ])
    expect(codes(complete({ type: 'responsible-practices', terms: terms('other', false) }))).toEqual([])
  })

  it('warns about counterparts over 25 % and blocks a tax receipt for a partner not of general interest', () => {
    const terms = {
      ...completeTerms('patronage'),
      counterparts: [{ description: 'Visibilité', valueCents: 200_000 }],
      taxReceiptRequested: true
    }
    const check = checkAgreement(complete({ type: 'patronage', terms }), {
      ...context,
      partner: context.partner && { ...context.partner, generalInterest: false }
    })
    expect(check.warnings.map((warning) => warning.code)).toEqual(['counterparts-over-25-percent'])
    expect(check.problems.map((problem) => problem.code)).toEqual(['tax-receipt-not-eligible'])
  })

  it('asks for every factor of a skills patronage valuation', () => {
    const terms = {
      ...emptyTerms('patronage'),
      nature: 'skills' as const,
      skills: { employees: 3, days: null, dailyCostCents: null, valuationBasis: '' }
    }
    expect(codes(complete({ type: 'patronage', terms }))).toEqual([
      'skills-days-missing',
      'skills-daily-cost-missing'
    ])
  })

  it('refuses a signatory who is not a contact allowed to sign, and terms of another type', () => {
    expect(codes(complete({ partnerSignatoryContactId: 8 }))).toEqual(['partner-signatory-cannot-sign'])
    expect(codes(complete({ partnerSignatoryContactId: 99 }))).toEqual(['partner-signatory-unknown'])
    expect(codes(complete({ type: 'patronage' }))).toEqual(['terms-missing'])
  })

  it('refuses the national-framework route for a partner without a head network', () => {
    expect(codes(complete({ route: 'national-framework' }))).toEqual(['framework-without-head-network'])
  })
})

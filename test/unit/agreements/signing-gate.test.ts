import { describe, expect, it } from 'vitest'
import { checkAgreement } from '../../../src-main/shared/agreements/check-agreement'
import { PARTNERSHIP_TYPE_CODES } from '../../../src-main/shared/schemas/agreement.schema'
import { GATE_CASES } from '../../support/gate-cases'
import { checkContext, completeContent } from '../../support/gate-fixtures'

describe('the signing gate', () => {
  it.each(PARTNERSHIP_TYPE_CODES)('accepts a complete %s agreement, with nothing to look at', (type) => {
    expect(checkAgreement(completeContent(type), checkContext())).toEqual({ problems: [], warnings: [] })
  })

  it.each(GATE_CASES.map((gateCase) => [gateCase.code, gateCase] as const))(
    'refuses %s, with its French message next to the field that fixes it',
    (_code, gateCase) => {
      const content = completeContent(gateCase.type)
      const context = structuredClone(checkContext())
      gateCase.change(content, context)
      const { problems } = checkAgreement(content, context)
      expect(problems.map((problem) => problem.code)).toEqual([gateCase.code])
      const [problem] = problems
      expect(problem?.field).toBe(gateCase.field)
      expect(problem?.message.replace(/\u00a0/g, ' ')).toMatch(gateCase.says)
      expect(problem?.stepKey).toBeTruthy()
    }
  )

  it('has a case for every rule code the gate can give', () => {
    const tested = new Set(GATE_CASES.map((gateCase) => gateCase.code))
    const untested = [
      'partner-missing',
      'partner-unknown',
      'followUpCommittee.composition-missing',
      'communication.clause-missing',
      'dataProtection-missing',
      'confidentiality-missing',
      'la-poste-signatory-title-missing'
    ].filter((code) => tested.has(code))
    expect(untested).toEqual([])
    expect(tested.size).toBe(GATE_CASES.length)
  })
})

import { describe, expect, it } from 'vitest'
import { autosaveChanges } from '../../../src-renderer/src/pages/agreements/wizard/autosave-changes'
import type { AgreementContent } from '../../../src-main/shared/schemas/agreement.schema'

function content(overrides: Partial<AgreementContent>): AgreementContent {
  return {
    title: 'Relais Poste ESS',
    needId: 1,
    partnerId: 2,
    route: 'direct',
    type: null,
    domainIds: [],
    benefitCodes: [],
    startDate: null,
    durationMonths: null,
    renewalRule: null,
    noticeMonths: null,
    laPosteCommitments: [],
    partnerCommitments: [],
    indicators: [],
    followUpCommittee: { composition: '', meetingsPerYear: null },
    communication: { logoUseAllowed: false, clause: '' },
    dataProtection: '',
    confidentiality: '',
    jurisdiction: '',
    laPosteSite: { kind: null, name: '' },
    laPosteSignatory: { name: '', title: '' },
    partnerSignatoryContactId: null,
    place: '',
    terms: null,
    ...overrides
  }
}

describe('autosave of the wizard', () => {
  it('saves every field when all are valid', () => {
    const { changes, invalidFields } = autosaveChanges(content({ title: 'Épicerie' }))
    expect(invalidFields).toEqual([])
    expect(changes.title).toBe('Épicerie')
  })

  it('keeps a half-typed invalid field out of the save, and saves the others', () => {
    const { changes, invalidFields } = autosaveChanges(
      content({ startDate: '2026-13-45', place: 'Pau', durationMonths: 500 })
    )
    expect(invalidFields).toEqual(['startDate', 'durationMonths'])
    expect(changes).not.toHaveProperty('startDate')
    expect(changes.place).toBe('Pau')
  })
})

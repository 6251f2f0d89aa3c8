import { describe, expect, it } from 'vitest'
import {
  fromBundleChange,
  fromBundleRegisterState,
  toBundleChange,
  toBundleRegisterState
} from '../../../src-main/services/exchange/portable-amendments'
import { bundleAmendmentChangeSchema } from '../../../src-main/shared/exchange/bundle-manifest.schema'

/** Contact ids are this installation's own: the other side numbers its contacts differently. */
const here = [
  { id: 7, name: 'Anne Etcheverry' },
  { id: 9, name: 'Jean Larrieu' }
]
const naming = { nameOf: (id: number | null) => here.find((contact) => contact.id === id)?.name ?? null }
const elsewhere = [{ id: 41, name: 'Jean Larrieu' }]
const finding = {
  idOf: (name: string | null) => elsewhere.find((contact) => contact.name === name)?.id ?? null
}

describe('an amendment’s changes as they travel', () => {
  it('names the partner’s new signatory, and finds the same person under the other side’s own id', () => {
    const travelling = toBundleChange(
      { kind: 'signatory', party: 'partner', name: '', title: '', contactId: 9 },
      naming
    )
    expect(travelling).toEqual({
      kind: 'signatory',
      party: 'partner',
      name: '',
      title: '',
      contactName: 'Jean Larrieu'
    })
    expect(bundleAmendmentChangeSchema.parse(travelling)).toEqual(travelling)
    expect(fromBundleChange(travelling, finding)).toEqual({
      change: { kind: 'signatory', party: 'partner', name: '', title: '', contactId: 41 }
    })
  })

  it('refuses a partner signatory who is not among the contacts here, and never gives La Poste’s a contact', () => {
    expect(
      fromBundleChange(
        { kind: 'signatory', party: 'partner', name: '', title: '', contactName: 'Anne Etcheverry' },
        finding
      )
    ).toEqual({ missingContact: 'Anne Etcheverry' })
    expect(
      fromBundleChange(
        {
          kind: 'signatory',
          party: 'la-poste',
          name: 'Paul Durand',
          title: 'Directeur',
          contactName: 'Jean Larrieu'
        },
        finding
      )
    ).toEqual({
      change: {
        kind: 'signatory',
        party: 'la-poste',
        name: 'Paul Durand',
        title: 'Directeur',
        contactId: null
      }
    })
  })

  it('the register state replaced names its partner signatory the same way', () => {
    const state = {
      durationMonths: 12,
      terms: null,
      indicators: [],
      laPosteSignatory: { name: 'Paul Durand', title: 'Directeur' },
      partnerSignatoryContactId: 9
    }
    const travelling = toBundleRegisterState(state, naming)
    expect(travelling.partnerSignatoryName).toBe('Jean Larrieu')
    expect(fromBundleRegisterState(travelling, finding)).toEqual({ ...state, partnerSignatoryContactId: 41 })
  })

  it('a change the amendment form refuses is refused at the border too', () => {
    for (const hostile of [
      { kind: 'end-date', newEndDate: '2031-02-30' },
      { kind: 'amount', newAmountCents: -5, payments: null },
      { kind: 'replace-clause', target: { articleKey: '../etc', clauseKey: null }, text: 'x' },
      { kind: 'signatory', party: 'partner', name: '', title: '', contactId: 3 }
    ])
      expect(bundleAmendmentChangeSchema.safeParse(hostile).success).toBe(false)
  })
})

import { describe, expect, it } from 'vitest'
import { upgradeTerms } from '../../../src-main/shared/partnership-types/registry'
import { agreementTermsSchema } from '../../../src-main/shared/schemas/agreement-terms.schema'

describe('terms stored before their fields existed', () => {
  it('read with the blank values of the new fields, nested ones included, and keep what was entered', () => {
    const firstVersion = {
      type: 'patronage',
      nature: 'skills',
      amountCents: null,
      skills: { employees: 8, days: 3, dailyCostCents: 32_000, valuationBasis: 'Salaire chargé' },
      paymentSchedule: [],
      counterparts: [],
      taxReceiptRequested: true
    }
    expect(agreementTermsSchema.safeParse(firstVersion).success).toBe(false)
    expect(agreementTermsSchema.parse(upgradeTerms(firstVersion))).toMatchObject({
      nature: 'skills',
      skills: { employees: 8, days: 3, dailyCostCents: 32_000, missions: '', placeAndHours: '' },
      inKind: { goods: '', valuationMethod: null, itEquipment: false }
    })
    const purchase = agreementTermsSchema.parse(
      upgradeTerms({
        type: 'responsible-practices',
        purchaseCategory: 'Espaces verts',
        supplierStatus: 'esat',
        reservedMarket: true,
        yearlyAmountCents: 1_800_000,
        lots: [],
        socialClauseHours: null
      })
    )
    expect(purchase).toMatchObject({ supplierStatusProof: '', quantities: 'indicative', paymentTermDays: 30 })
  })

  it('leave anything that is not terms of a known type for the schema to refuse', () => {
    expect(upgradeTerms(null)).toBeNull()
    expect(upgradeTerms({ type: 'sponsoring' })).toEqual({ type: 'sponsoring' })
    expect(agreementTermsSchema.safeParse(upgradeTerms({ type: 'patronage', nature: 'gift' })).success).toBe(
      false
    )
  })
})

import { describe, expect, it } from 'vitest'
import { bundlePartnerSchema } from '../../../src-main/shared/exchange/bundle-manifest.schema'
import { emptyPartnerInput, partnerInputSchema } from '../../../src-main/shared/schemas/partner.schema'
import { zodFieldErrors } from '../../../src-main/shared/schemas/zod-field-errors'

function errorsOf(overrides: Partial<ReturnType<typeof emptyPartnerInput>>) {
  const parsed = partnerInputSchema.safeParse({ ...emptyPartnerInput(), name: 'Structure', ...overrides })
  return parsed.success ? {} : zodFieldErrors(parsed.error)
}

describe('legal form and status are two things', () => {
  it('asks for the managing body of an ESAT, which has no legal personality', () => {
    expect(errorsOf({ statuses: ['esat'] })).toMatchObject({
      managingBodyName: expect.stringContaining('organisme gestionnaire')
    })
    expect(errorsOf({ statuses: ['esat'], managingBodyName: 'Association Les Papillons blancs' })).toEqual({})
    expect(errorsOf({ managingBodyName: 'Association Les Papillons blancs' })).toMatchObject({
      managingBodyName: 'L’organisme gestionnaire ne concerne que les ESAT.'
    })
  })

  it('refuses contradictory statuses and statuses that do not fit the legal form', () => {
    expect(
      errorsOf({ statuses: ['esat', 'adapted-enterprise'], managingBodyName: 'Gestionnaire' })
    ).toMatchObject({ statuses: expect.stringContaining('deux établissements distincts') })
    expect(errorsOf({ legalForm: 'sas', statuses: ['public-utility'] })).toMatchObject({
      statuses: expect.stringContaining('utilité publique')
    })
    expect(errorsOf({ statuses: ['siae', 'siae'] })).toMatchObject({ statuses: expect.any(String) })
    expect(errorsOf({ legalForm: 'sarl', statuses: ['siae', 'esus'] })).toEqual({})
  })

  it('keeps capital and RCS for companies', () => {
    expect(errorsOf({ shareCapitalCents: 1_000_000, rcsCity: 'Bordeaux' })).toMatchObject({
      shareCapitalCents: expect.any(String),
      rcsCity: expect.any(String)
    })
    expect(errorsOf({ legalForm: 'scic', shareCapitalCents: 4_500_000, rcsCity: 'Bayonne' })).toEqual({})
  })

  it('reads a partner of the first bundles, whose status was given as its legal form', () => {
    const partner = {
      key: 'p1',
      name: 'ESAT Les Ateliers du Médoc',
      legalForm: 'esat',
      siret: null,
      rna: null,
      addressLine: null,
      postalCode: null,
      commune: null,
      communeCode: null,
      headNetwork: null,
      labelled: false,
      generalInterest: false,
      contacts: []
    }
    expect(bundlePartnerSchema.parse(partner)).toMatchObject({
      legalForm: 'association-1901',
      statuses: ['esat'],
      managingBodyName: null
    })
    expect(bundlePartnerSchema.parse({ ...partner, legalForm: 'scop' })).toMatchObject({
      legalForm: 'scop',
      statuses: []
    })
  })
})

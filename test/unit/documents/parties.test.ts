import { describe, expect, it } from 'vitest'
import type { Partner } from '../../../src-main/shared/domain/partner'
import { createLaPosteParty, createPartnerParty } from '../../../src-main/shared/documents/parties'
import { DEFAULT_SETTINGS } from '../../../src-main/shared/schemas/settings.schema'

const base: Partner = {
  id: 1,
  name: 'Association Les Papillons blancs',
  legalForm: 'association-1901',
  statuses: [],
  managingBodyName: null,
  shareCapitalCents: null,
  rcsCity: null,
  siret: '33210987500010',
  rna: 'W332001234',
  addressLine: 'Zone artisanale du Pont',
  postalCode: '33250',
  commune: 'Pauillac',
  communeCode: '33314',
  headNetworkId: null,
  headNetwork: null,
  labelled: false,
  generalInterest: false,
  archived: false,
  createdAt: '',
  updatedAt: '',
  contacts: []
}
const signatory = { id: 1, name: 'Anne Roux', role: 'Présidente', email: null, phone: null, maySign: true }
const plain = (lines: readonly string[]) => lines.map((line) => line.replace(/[\u00a0\u202f]/g, ' '))

describe('the parties block', () => {
  it('an ESAT contracts through its managing body, acting for its ESAT', () => {
    const party = createPartnerParty(
      {
        ...base,
        name: 'ESAT Les Ateliers du Médoc',
        statuses: ['esat'],
        managingBodyName: 'Association Les Papillons blancs'
      },
      signatory
    )
    expect(party.name).toBe('Association Les Papillons blancs')
    expect(plain(party.details)).toContain(
      'agissant pour le compte de son établissement et service d’aide par le travail (ESAT) « ESAT Les Ateliers du Médoc »'
    )
    expect(party.details.join(' ')).not.toMatch(/^ESAT/)
  })

  it('an association shows its RNA and SIRET; a company its capital and RCS; statuses apart from the form', () => {
    const association = createPartnerParty(
      { ...base, statuses: ['public-utility'], generalInterest: true },
      signatory
    )
    expect(plain(association.details)).toEqual(
      expect.arrayContaining([
        'association régie par la loi du 1er juillet 1901',
        'inscrite au répertoire national des associations sous le numéro W332001234',
        'SIRET 332 109 875 00010',
        'statut : reconnue d’utilité publique, organisme d’intérêt général'
      ])
    )
    const company = createPartnerParty(
      {
        ...base,
        legalForm: 'scic',
        rna: null,
        shareCapitalCents: 1_500_000,
        rcsCity: 'Bordeaux',
        statuses: ['esus']
      },
      signatory
    )
    expect(plain(company.details)).toEqual(
      expect.arrayContaining([
        'société coopérative d’intérêt collectif (SCIC)',
        'au capital de 15 000,00 €',
        'immatriculée au registre du commerce et des sociétés de Bordeaux sous le numéro 332 109 875',
        'statut : titulaire de l’agrément « entreprise solidaire d’utilité sociale » (ESUS)'
      ])
    )
    expect(company.representedBy.replace(/[\u00a0\u202f]/g, ' ')).toBe(
      'Anne Roux, en sa qualité de présidente, dûment habilité(e) à l’effet des présentes'
    )
    expect([association.closing, company.designation]).toEqual(['d’autre part,', 'le Partenaire'])
  })

  it('La Poste names its direction once, with its capital as set, and its signatory’s delegation', () => {
    const party = createLaPosteParty(
      {
        ...DEFAULT_SETTINGS.laPosteParty,
        regionalDirection: 'Direction régionale Bretagne',
        shareCapitalEuros: ''
      },
      { name: 'Jean Dupont', title: 'Directeur régional' }
    )
    expect(plain(party.details)).toEqual([
      'société anonyme',
      'immatriculée au registre du commerce et des sociétés de Paris sous le numéro 356 000 000',
      'dont le siège social est situé 9 rue du Colonel Pierre Avia, 75015 Paris',
      'agissant par sa Direction régionale Bretagne'
    ])
    expect(party.closing).toBe('d’une part,')
    expect(party.representedBy).toContain(
      'en sa qualité de directeur régional, dûment habilité(e) en vertu d’une délégation de pouvoirs'
    )
  })
})

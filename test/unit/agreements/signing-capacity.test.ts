import { describe, expect, it } from 'vitest'
import { bindsPartner, signingCapacityOf } from '../../../src-main/shared/agreements/signing-capacity'
import { indicatorMeasure } from '../../../src-main/shared/partnership-types/common/indicator-measures'

describe('signing capacity', () => {
  it('reads the capacity from the function recorded on the contact', () => {
    expect(signingCapacityOf('Présidente')).toBe('chair')
    expect(signingCapacityOf('Co-président')).toBe('chair')
    expect(signingCapacityOf('Directrice générale')).toBe('chief-executive')
    expect(signingCapacityOf('Président-directeur général')).toBe('chief-executive')
    expect(signingCapacityOf('Gérante')).toBe('manager')
    expect(signingCapacityOf('Directrice de l’ESAT, dûment habilitée par délégation du président')).toBe(
      'delegate'
    )
    expect(signingCapacityOf('Trésorier, par délégation du président')).toBe('delegate')
    expect(signingCapacityOf('Vice-présidente')).toBeNull()
    expect(signingCapacityOf('Responsable logistique')).toBeNull()
    expect(signingCapacityOf(null)).toBeNull()
  })

  it('binds the partner only in a capacity its legal form gives, or as a delegate', () => {
    expect(bindsPartner('chair', 'association-1901')).toBe(true)
    expect(bindsPartner('manager', 'association-1901')).toBe(false)
    expect(bindsPartner('director', 'association-1901')).toBe(false)
    expect(bindsPartner('manager', 'sarl')).toBe(true)
    expect(bindsPartner('chair', 'sa')).toBe(false)
    expect(bindsPartner('chief-executive', 'sa')).toBe(true)
    expect(bindsPartner('delegate', 'sas')).toBe(true)
    expect(bindsPartner(null, 'other')).toBe(false)
  })
})

describe('indicator measures', () => {
  it('tells skills days, purchase amounts and insertion hours from other indicators', () => {
    expect(indicatorMeasure({ label: 'Jours de mécénat de compétences', unit: 'jours' })).toBe('skills-days')
    expect(indicatorMeasure({ label: 'Salariés volontaires mobilisés', unit: 'personnes' })).toBe('skills')
    expect(indicatorMeasure({ label: 'Montant d’achats réalisés', unit: '€/an' })).toBe('purchase-amount')
    expect(indicatorMeasure({ label: 'Heures de travail protégé', unit: 'heures' })).toBe('insertion-hours')
    expect(indicatorMeasure({ label: 'Personnes accompagnées', unit: 'personnes' })).toBe('other')
    expect(indicatorMeasure({ label: 'Heures d’ouverture', unit: 'heures' })).toBe('other')
  })
})

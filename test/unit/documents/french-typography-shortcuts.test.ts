import { describe, expect, it } from 'vitest'
import {
  frenchTypography as fr,
  rememberTypesetTexts
} from '../../../src-main/shared/documents/french-typography'

const NB = '\u00a0'

/**
 * The typography skips its costly patterns on texts a cheap test rules out (no elidable word, no repeated group of
 * words, no colon). These cases sit at the edges of those tests: each must still be corrected.
 */
describe('French typography shortcuts', () => {
  it('still finds a doubled group of one to three words, whatever its case, accents and spaces', () => {
    expect(fr('ÉTAPE étape numérique')).toBe('étape numérique')
    expect(fr(`les engagements de la${NB}De La Poste`)).toBe('les engagements De La Poste')
    expect(fr('au titre du titre du programme')).toBe('au titre du programme')
    expect(fr('Alliance Dynamique Alliance Dynamique')).toBe('Alliance Dynamique')
    expect(fr('le réseau national réseau national Cocagne')).toBe('le réseau national Cocagne')
  })

  it('leaves a word repeated further apart, or a group repeated with another word between', () => {
    expect(fr('de la structure de la Poste')).toBe('de la structure de la Poste')
    expect(fr('réseau et réseau')).toBe('réseau et réseau')
  })

  it('still elides after a non-breaking space and in capitals, and lowers a capital after a colon', () => {
    expect(fr(`DE${NB}entreprise`)).toBe('D’entreprise')
    expect(fr('Objet : Le partenariat')).toBe(`Objet${NB}: le partenariat`)
  })
})

describe('French typography remembered by a render worker', () => {
  // Last in this file: it leaves the memory on for the rest of the file's run.
  it('gives the same text as when it is computed, the first time and the next', () => {
    const texts = [
      'Objet: la convention ; en sa qualité de entreprise adaptée, membre du réseau Réseau Cocagne, pour 1 an',
      'ÉTAPE étape numérique',
      'A & B <C> "D"'
    ]
    const computed = texts.map(fr)
    rememberTypesetTexts()
    expect(texts.map(fr)).toEqual(computed)
    expect(texts.map(fr)).toEqual(computed)
  })
})

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { frenchTypography as fr } from '../../../src-main/shared/documents/french-typography'
import { typographyDefects } from '../../../src-main/shared/documents/typography-defects'

const NB = '\u00a0'
const NN = '\u202f'

describe('French typography', () => {
  it('puts a non-breaking space before « : » and a narrow one before « ; ? ! » and inside guillemets', () => {
    expect(fr('Objet: le "Relais" ; prêt? oui!')).toBe(
      `Objet${NB}: le «${NN}Relais${NN}»${NN}; prêt${NN}? oui${NN}!`
    )
    expect(fr('« déjà »')).toBe(`«${NN}déjà${NN}»`)
    expect(fr('«déjà»')).toBe(`«${NN}déjà${NN}»`)
    expect(fr('Vraiment ?!')).toBe(`Vraiment${NN}?!`)
  })

  it('leaves times, addresses, ratios and e-mail addresses alone', () => {
    expect(fr('à 14:05 sur https://laposte.fr?x=1;y=2')).toBe('à 14:05 sur https://laposte.fr?x=1;y=2')
    expect(fr('ratio 1:2, mailto:contact@asso.fr')).toBe('ratio 1:2, mailto:contact@asso.fr')
  })

  it('elides de, le, la, que before a vowel, keeping the case, but not before an h or « onze »', () => {
    expect(fr('en sa qualité de entreprise adaptée')).toBe('en sa qualité d’entreprise adaptée')
    expect(fr('De abord, le association et la école')).toBe('D’abord, l’association et l’école')
    expect(fr('afin que il signe, jusque au terme')).toBe('afin qu’il signe, jusqu’au terme')
    expect(fr('le onze mai, de handicap, le hameau')).toBe('le onze mai, de handicap, le hameau')
    expect(fr('la Poste, de La Poste')).toBe('la Poste, de La Poste')
    expect(fr('membre de ESS France')).toBe('membre d’ESS France')
  })

  it('writes 1er for the first of a month, 1re and 2e for ordinals', () => {
    expect(fr('le 1 janvier 2027 et le 21 janvier')).toBe(`le 1er${NB}janvier 2027 et le 21 janvier`)
    expect(fr('la 1ère édition, le 2ème lot')).toBe('la 1re édition, le 2e lot')
  })

  it('keeps a word typed twice only once, the second occurrence winning, but not « nous nous »', () => {
    expect(fr('membre du réseau Réseau Cocagne')).toBe('membre du Réseau Cocagne')
    expect(fr('agissant par sa direction régionale Direction régionale Nouvelle-Aquitaine')).toBe(
      'agissant par sa Direction régionale Nouvelle-Aquitaine'
    )
    expect(fr('nous nous engageons, vous vous engagez')).toBe('nous nous engageons, vous vous engagez')
    expect(fr('le le le texte')).toBe('le texte')
  })

  it('writes no capital after a colon for articles and pronouns, but keeps La Poste', () => {
    expect(fr('Composition : Le directeur et La Poste')).toBe(`Composition${NB}: le directeur et La Poste`)
    expect(fr('Signataires : La Poste et Le Partenaire')).toBe(`Signataires${NB}: La Poste et Le Partenaire`)
    expect(fr('Territoire : Bruges')).toBe(`Territoire${NB}: Bruges`)
  })

  it('binds amounts and percentages to their sign', () => {
    expect(fr('soit 25 % et 1500 €')).toBe(`soit 25${NN}% et 1500${NB}€`)
  })

  it('is idempotent and leaves no defect on any text built of hostile pieces', () => {
    const pieces = fc.constantFrom(
      'de',
      'le',
      'la',
      'que',
      'entreprise',
      'association',
      'Réseau',
      'réseau',
      ':',
      ';',
      '?',
      '!',
      '"',
      "'",
      '«',
      '»',
      ' ',
      '  ',
      '\u00a0',
      '14:05',
      'https://a.fr/?q=1',
      '1',
      'janvier',
      'Le',
      'La Poste',
      '%',
      '€',
      'x'
    )
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 14 }), (parts) => {
        const once = fr(parts.join(' '))
        expect(fr(once)).toBe(once)
      }),
      { numRuns: 2000 }
    )
  })

  it('finds the defects of an untreated text and none once treated', () => {
    const raw =
      'Objet: la convention ; en sa qualité de entreprise adaptée, membre du réseau Réseau Cocagne, le 1 janvier, pour 1 an, par lettre avec accusé de réception'
    expect(typographyDefects(raw).map((defect) => defect.kind)).toEqual(
      expect.arrayContaining([
        'ordinary or missing space before :',
        'ordinary or missing space before ; ! ?',
        'missing elision',
        'doubled word',
        '1 instead of 1er',
        'duration in figures only',
        '« accusé de réception » (the product is « avis de réception »)'
      ])
    )
    const treated = fr(
      'Objet: la convention ; en sa qualité de entreprise adaptée, membre du réseau Réseau Cocagne, le 1 janvier'
    )
    expect(typographyDefects(treated)).toEqual([])
  })
})

describe('durations and amounts in letters and figures', () => {
  it('writes durations and notices in letters then figures, whole years in years', async () => {
    const { formatMonths } = await import('../../../src-main/shared/documents/french-format')
    expect(formatMonths(1)).toBe(`un (1)${NB}mois`)
    expect(formatMonths(3)).toBe(`trois (3)${NB}mois`)
    expect(formatMonths(12)).toBe(`un (1)${NB}an`)
    expect(formatMonths(18)).toBe(`dix-huit (18)${NB}mois`)
    expect(formatMonths(36)).toBe(`trois (3)${NB}ans`)
    expect(fr(`pour une durée de ${formatMonths(12)}`)).toBe(`pour une durée d’un (1)${NB}an`)
  })

  it('states the VAT basis of every amount', async () => {
    const { amountWithVat, amountFiguresWithVat } =
      await import('../../../src-main/shared/documents/amount-in-words')
    expect(amountWithVat(150_000, 'HT')).toBe(`mille cinq cents euros hors taxes (1${NB}500,00${NB}€${NB}HT)`)
    expect(amountWithVat(150_000, 'TTC')).toBe(
      `mille cinq cents euros toutes taxes comprises (1${NB}500,00${NB}€${NB}TTC)`
    )
    expect(amountWithVat(1_400_000, 'outside-vat')).toBe(
      `quatorze mille euros (14${NB}000,00${NB}€, hors du champ de la TVA)`
    )
    expect(amountFiguresWithVat(35_000, 'HT')).toBe(`350,00${NB}€${NB}HT`)
  })
})

describe('durations typed in figures', () => {
  it('are written in letters and figures, once', () => {
    expect(fr('Bilan à 6 mois, puis 1 an et 10 jours')).toBe(
      `Bilan à six (6)${NB}mois, puis un (1)${NB}an et dix (10)${NB}jours`
    )
    expect(fr(`pendant six (6)${NB}mois`)).toBe(`pendant six (6)${NB}mois`)
    expect(fr('le 12 mai, 1 500 jours')).toBe('le 12 mai, 1 500 jours')
  })
})

import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { convertWithLibreOffice, pdfPageCount, pdfText } from '../../support/real-readers'
import { servicesAt, signedAgreement } from '../../support/life-fixtures'
import { makeTempFolder, openTempDatabase, type TempDatabase } from '../../support/temp-database'

/** The termination letter opens in a real word processor, on one page, and says what was decided. */
describe('termination letter in LibreOffice', () => {
  let database: TempDatabase
  let text = ''
  let pages = 0
  let reference = ''
  beforeAll(async () => {
    database = await openTempDatabase()
    const agreement = await signedAgreement(database.services, 'economic-cooperation')
    reference = agreement.reference
    const later = servicesAt(database, '2030-03-15')
    await later.lifecycle.applyDue()
    await later.lifecycle.terminate({
      id: agreement.id,
      date: '2030-06-30',
      reason: "L'association ferme son épicerie",
      decidedBy: 'la-poste'
    })
    const letter = await later.lifecycle.letters.issue(agreement.id)
    const [pdf] = await convertWithLibreOffice(
      [join(later.documents.folder, letter.fileName)],
      makeTempFolder('alliance-letter-')
    )
    text = await pdfText(pdf ?? '')
    pages = await pdfPageCount(pdf ?? '')
  }, 120_000)
  afterAll(async () => {
    await database.dispose()
  })

  it('reads as a one-page letter from La Poste to the partner, with the date, the reason and the consequences', () => {
    expect(pages).toBe(1)
    const flat = text.replace(/\s+/g, ' ')
    expect(flat).toContain('Banque alimentaire de la Gironde')
    expect(flat).toContain('Lettre recommandée avec demande d’avis de réception')
    expect(flat).toContain(`Objet : résiliation de la convention de partenariat n° ${reference}`)
    expect(flat).toContain('La Poste vous notifie la résiliation')
    expect(flat).toContain('Motif de la résiliation : L’association ferme son épicerie.')
    expect(flat).toContain('prend effet le 30 juin 2030')
    expect(flat).toContain('Bordeaux, le 15 mars 2030')
    expect(flat).toContain('Claire Martin')
    expect(flat).toContain(`Lettre de résiliation — ${reference} — page 1 / 1`)
  })
})

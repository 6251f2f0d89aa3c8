import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { closeBrowser, launchBrowser } from '../../support/e2e-bridge'
import { amendRemuneration, readyAgreement, signBoth } from '../../support/document-fixtures'
import { articleHeadings, convertWithLibreOffice, pdfPageCount, pdfText } from '../../support/real-readers'
import { makeTempFolder } from '../../support/temp-database'
import { openTempDatabase, type TempDatabase } from '../../support/temp-database'
import { PARTNERSHIP_TYPE_CODES } from '../../../src-main/shared/schemas/agreement.schema'

/**
 * The honest check: every document opens in a real word processor (LibreOffice) and says what the agreement says;
 * the print view printed by a real Chromium has the same article headings. One LibreOffice batch for all files.
 */

const FIGURES: Record<string, string[]> = {
  'economic-cooperation': ['mille cinq cents euros (1 500,00 €)'],
  'social-innovation': ['douze mille cinq cents euros et cinquante centimes (12 500,50 €)'],
  'responsible-practices': ['vingt-quatre mille euros (24 000,00 €)', '14 000,00 €'],
  patronage: ['quatorze mille euros (14 000,00 €)', '350,00 €']
}

let database: TempDatabase
const texts = new Map<string, string>()
const pages = new Map<string, number>()
let signedSha = ''
let htmlPdfText = ''

beforeAll(async () => {
  database = await openTempDatabase()
  const { services } = database
  const out = makeTempFolder('alliance-pdf-')
  const files: Array<[string, string]> = []
  for (const type of PARTNERSHIP_TYPE_CODES) {
    const agreement = await readyAgreement(services, type)
    const version = await services.documents.generate({ agreementId: agreement.id })
    files.push([type, join(services.documents.folder, version.fileName)])
    if (type === 'economic-cooperation') {
      const signed = await signBoth(services, version.id)
      signedSha = version.sha256
      files.push(['signed', join(services.documents.folder, signed.fileName)])
      const amendment = await amendRemuneration(services, agreement.id)
      const amendmentVersion = await services.documents.generate({
        agreementId: agreement.id,
        amendmentId: amendment.id
      })
      files.push(['amendment', join(services.documents.folder, amendmentVersion.fileName)])
      const html = await services.documents.preview({ agreementId: agreement.id })
      const page = await (await launchBrowser()).newPage()
      await page.setContent(html)
      const htmlPdf = join(out, 'print-view.pdf')
      writeFileSync(htmlPdf, await page.pdf({ format: 'A4', preferCSSPageSize: true }))
      await page.close()
      htmlPdfText = await pdfText(htmlPdf)
    }
  }
  const pdfs = await convertWithLibreOffice(
    files.map(([, file]) => file),
    out
  )
  for (const [index, [key]] of files.entries()) {
    const pdf = pdfs[index] as string
    texts.set(key, await pdfText(pdf))
    pages.set(key, await pdfPageCount(pdf))
  }
}, 240_000)

afterAll(async () => {
  await closeBrowser()
  await database.dispose()
})

describe('documents opened by LibreOffice', () => {
  it.each(PARTNERSHIP_TYPE_CODES)(
    'a %s convention shows its parties, its twelve articles and its amounts in French',
    (type) => {
      const text = texts.get(type) ?? ''
      expect(text).toContain('Entre les soussignés')
      expect(text).toContain('Banque alimentaire de la Gironde')
      expect(text).toContain('représentée par Claire Martin, Directrice régionale')
      expect(articleHeadings(text)).toHaveLength(12)
      expect(text).toContain('Article 12 — Règlement des litiges')
      for (const figure of FIGURES[type] ?? []) expect(text.replace(/\s+/g, ' ')).toContain(figure)
      expect(text).toMatch(/Fait à Bordeaux, le/)
      // Page numbers are fields: LibreOffice computes them on opening, total included.
      const total = pages.get(type) ?? 0
      expect(total).toBeGreaterThan(1)
      expect(text).toContain(`Page 1 / ${total}`)
      expect(text).toContain(`Page ${total} / ${total}`)
    }
  )

  it('the signed convention ends with the signature certificate naming the signed version', () => {
    const text = texts.get('signed') ?? ''
    expect(text).toContain('Certificat de signature')
    expect(text.replace(/\s+/g, '')).toContain(signedSha)
    expect(text.replace(/\s+/g, ' ')).toContain('signature manuscrite tracée dans l’application')
    expect(text).toMatch(/Signé le \d+/)
  })

  it('the amendment names the original convention and the article it changes', () => {
    const text = (texts.get('amendment') ?? '').replace(/\s+/g, ' ')
    expect(text).toContain('Avenant n° 1 à la convention de partenariat')
    expect(text).toMatch(/Convention n° AD-\d{4}-33-\d{4} signée le/)
    expect(text).toContain('article 4 « Modalités de la coopération économique »')
  })
})

describe('the print view printed by Chromium', () => {
  it('holds the same article headings as the Word document', () => {
    expect(articleHeadings(htmlPdfText)).toEqual(articleHeadings(texts.get('signed') ?? ''))
    expect(articleHeadings(htmlPdfText)).toHaveLength(12)
  })
})

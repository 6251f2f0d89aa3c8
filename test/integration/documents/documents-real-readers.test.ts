import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { signedVersion } from '../../../src-main/cli/commands/documents'
import { docxParagraphs } from '../../../src-main/services/documents/docx-text'
import { seedDemoData } from '../../../src-main/services/demo/demo.service'
import { MISSING } from '../../../src-main/shared/documents/document-sources'
import { typographyDefects } from '../../../src-main/shared/documents/typography-defects'
import { PARTNERSHIP_TYPE_CODES } from '../../../src-main/shared/schemas/agreement.schema'
import { closeBrowser, launchBrowser } from '../../support/e2e-bridge'
import { amendRemuneration, readyAgreement, signBoth } from '../../support/document-fixtures'
import { articleHeadings, convertWithLibreOffice, pdfPageCount, pdfText } from '../../support/real-readers'
import { makeTempFolder, openTempDatabase, type TempDatabase } from '../../support/temp-database'
import { configureLaPoste } from './la-poste-settings'
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'

/**
 * What a legal department reads: every demo convention, unsigned and signed, plus one rich convention of each type
 * and an amendment, generated, then read as Word XML text and as LibreOffice's PDF (one batch), and the print view
 * printed by Chromium. Holds for any coherent demo data: it checks the common clauses, not the demo's figures.
 */

/** Words every convention must say, whatever its type (LEGAL.md §2). */
const COMMON_CLAUSES: Array<[string, RegExp]> = [
  ['duration', /Durée et prise d’effet[\s\S]*inclus/],
  ['communication and marks', /Communication et usage des marques/],
  ['confidentiality with its duration', /Confidentialité[\s\S]*cinq \(5\) ans après son terme/],
  [
    'personal data with roles',
    /Protection des données personnelles[\s\S]*(sous-traitant|responsables conjointes|responsable de traitement distinct)/
  ],
  ['intellectual property', /Propriété intellectuelle/],
  ['insurance and liability', /Assurances et responsabilité/],
  ['force majeure', /Force majeure[\s\S]*article 1218 du code civil/],
  ['independence', /Indépendance des Parties[\s\S]*ni lien de subordination, ni mandat/],
  ['exclusivity', /Exclusivité/],
  ['no assignment', /Incessibilité[\s\S]*considération de la personne/],
  ['ethics', /Éthique et prévention de la corruption/],
  [
    'termination and its consequences',
    /Résiliation pour manquement[\s\S]*Résiliation sans motif[\s\S]*Conséquences de la fin de la convention/
  ],
  ['notices', /lettre recommandée avec demande d’avis de réception ou par envoi recommandé électronique/],
  ['entire agreement and precedence', /Intégralité et ordre de priorité[\s\S]*prévaut/],
  ['annexes', /font partie intégrante|ne comporte aucune annexe/],
  [
    'disputes',
    /Droit applicable et règlement des litiges[\s\S]*(juridiction compétente selon les règles de droit commun|tribunal de commerce de)/
  ],
  ['parties closing', /d’une part[\s\S]*d’autre part/],
  ['defined terms', /ci-après dénommées ensemble « les Parties »/]
]

interface Issued {
  label: string
  docx: string
  signed: boolean
}

let database: TempDatabase
let demoDatabase: TempDatabase
const issued: Issued[] = []
const pdfTexts = new Map<string, string>()
const pdfPages = new Map<string, number>()
let roundTripped = new Map<string, string>()
let printedText = ''
let printedPages = 0

const squash = (text: string) => text.replace(/[\s\u00a0\u202f]+/g, ' ')

beforeAll(async () => {
  database = await openTempDatabase()
  demoDatabase = await openTempDatabase()
  const out = makeTempFolder('alliance-legal-')
  const keep = (folder: string, label: string, fileName: string, signed: boolean) => {
    const target = join(out, `${label}.docx`)
    copyFileSync(join(folder, fileName), target)
    issued.push({ label, docx: target, signed })
  }
  const demoServices = demoDatabase.services
  await configureLaPoste(demoServices)
  await seedDemoData(demoDatabase.db, demoServices)
  const demo = await demoDatabase.db
    .selectFrom('agreements')
    .select(['id', 'reference', 'status'])
    .orderBy('id')
    .execute()
  const demoFolder = demoServices.documents.folder
  for (const agreement of demo) {
    const unsigned = await demoServices.documents.generate({ agreementId: agreement.id })
    keep(demoFolder, `demo-${agreement.reference}`, unsigned.fileName, false)
    if (agreement.status !== 'draft') {
      const signed = await signedVersion(demoServices, agreement.id)
      keep(demoFolder, `demo-${agreement.reference}-signed`, signed.fileName, signed.kind === 'signed')
    }
  }
  const { services } = database
  await configureLaPoste(services)
  const folder = services.documents.folder
  for (const type of PARTNERSHIP_TYPE_CODES) {
    const agreement = await readyAgreement(services, type)
    const version = await services.documents.generate({ agreementId: agreement.id })
    keep(folder, type, version.fileName, false)
    if (type === 'economic-cooperation') {
      const signed = await signBoth(services, version.id)
      keep(folder, 'signed', signed.fileName, true)
      const amendment = await amendRemuneration(services, agreement.id)
      const amendmentVersion = await services.documents.generate({
        agreementId: agreement.id,
        amendmentId: amendment.id
      })
      keep(folder, 'amendment', amendmentVersion.fileName, false)
      const page = await (await launchBrowser()).newPage()
      await page.setContent(await services.documents.preview({ agreementId: agreement.id }))
      const printed = join(out, 'print-view.pdf')
      writeFileSync(printed, await page.pdf({ preferCSSPageSize: true }))
      await page.close()
      printedText = await pdfText(printed)
      printedPages = await pdfPageCount(printed)
    }
  }
  const pdfs = await convertWithLibreOffice(
    issued.map((entry) => entry.docx),
    out
  )
  for (const [index, entry] of issued.entries()) {
    pdfTexts.set(entry.label, await pdfText(pdfs[index] as string))
    pdfPages.set(entry.label, await pdfPageCount(pdfs[index] as string))
  }
  roundTripped = await roundTrip(
    issued.filter((entry) => !entry.label.startsWith('demo-')).map((entry) => entry.docx)
  )
}, 600_000)

afterAll(async () => {
  await closeBrowser()
  await database.dispose()
  await demoDatabase.dispose()
})

/** DOCX → DOCX through LibreOffice (one batch), as a partner re-saving the file would. */
async function roundTrip(files: readonly string[]): Promise<Map<string, string>> {
  const folder = makeTempFolder('alliance-roundtrip-')
  const profile = makeTempFolder('lo-profile-')
  await promisify(execFile)(
    'soffice',
    [
      `-env:UserInstallation=file://${profile}`,
      '--headless',
      '--convert-to',
      'docx:MS Word 2007 XML',
      '--outdir',
      folder,
      ...files
    ],
    { timeout: 300_000 }
  )
  mkdirSync(folder, { recursive: true })
  return new Map(files.map((file) => [basename(file, '.docx'), join(folder, basename(file))]))
}

/**
 * The paragraphs of a convention without its article 5, the partnership type's own terms: their completeness is the
 * signing gate's and the type modules' (issue 11); everything else is checked here.
 */
function withoutTypeTerms(paragraphs: readonly string[]): string[] {
  const headings = paragraphs.flatMap((paragraph, index) => (paragraph.startsWith('— ') ? [index] : []))
  const start = headings[4]
  const end = headings[5]
  if (start === undefined || end === undefined) return [...paragraphs]
  return [...paragraphs.slice(0, start), ...paragraphs.slice(end)]
}

const conventions = () => issued.filter((entry) => entry.label !== 'amendment')

describe('every convention, demo or not, unsigned or signed', () => {
  it('carries every common clause of LEGAL.md §2, in the Word XML text and in LibreOffice’s PDF', () => {
    expect(conventions().length).toBeGreaterThan(10)
    for (const entry of conventions()) {
      const xmlText = squash((docxParagraphs(readFileSync(entry.docx)) ?? []).join('\n'))
      const pdf = squash(pdfTexts.get(entry.label) ?? '')
      for (const [name, pattern] of COMMON_CLAUSES) {
        expect(pattern.test(xmlText), `${entry.label}: ${name} (Word)`).toBe(true)
        expect(
          pattern.test(pdf) || pattern.test(pdf.replace(/- /g, '')),
          `${entry.label}: ${name} (PDF)`
        ).toBe(true)
      }
    }
  })

  it('leaves no placeholder in a signed one', () => {
    const signed = conventions().filter((entry) => entry.signed)
    expect(signed.length).toBeGreaterThan(3)
    for (const entry of signed) {
      const paragraphs = withoutTypeTerms(docxParagraphs(readFileSync(entry.docx)) ?? [])
      const xmlText = squash(paragraphs.join('\n'))
      expect(
        paragraphs.filter((paragraph) => paragraph.includes(MISSING)),
        entry.label
      ).toEqual([])
      expect(xmlText, entry.label).toMatch(/un \(1\) exemplaire original électronique/)
      expect(xmlText, entry.label).not.toMatch(/exemplaires originaux/)
    }
  })

  it('has no typography defect of the kinds a lawyer pointed out', () => {
    for (const entry of issued) {
      const paragraphs = docxParagraphs(readFileSync(entry.docx)) ?? []
      const defects = paragraphs.flatMap((paragraph) => typographyDefects(paragraph))
      expect(defects, entry.label).toEqual([])
    }
  })

  it('opens in LibreOffice with « Page X / Y » right on every page', () => {
    for (const entry of issued) {
      const text = squash(pdfTexts.get(entry.label) ?? '')
      const total = pdfPages.get(entry.label) ?? 0
      expect(total, entry.label).toBeGreaterThan(1)
      for (let page = 1; page <= total; page += 1)
        expect(text, entry.label).toContain(`Page ${page} / ${total}`)
    }
  })
})

describe('Word-native structure', () => {
  it('numbers articles « Article N — Title » in order, by the list, in LibreOffice’s reading', () => {
    for (const entry of conventions()) {
      const headings = articleHeadings(pdfTexts.get(entry.label) ?? '')
      expect(headings.length, entry.label).toBeGreaterThan(20)
      expect(headings.map((heading) => Number(/Article (\d+)/.exec(heading)?.[1]))).toEqual(
        headings.map((_, index) => index + 1)
      )
    }
  })

  it('keeps the text through a DOCX → DOCX round trip in LibreOffice, which verification calls the same text', async () => {
    for (const [label, file] of roundTripped) {
      const original = issued.find((entry) => entry.label === label)
      if (!original) continue
      const squashLower = (paragraphs: string[] | null) =>
        (paragraphs ?? []).map((line) => squash(line).trim().toLowerCase())
      expect(squashLower(docxParagraphs(readFileSync(file))), label).toEqual(
        squashLower(docxParagraphs(readFileSync(original.docx)))
      )
      const verdict = await database.services.documents.verifyBytes(readFileSync(file))
      expect(verdict.status, label).toBe('resaved')
      expect(verdict.message).toContain('Même texte, fichier ré-enregistré')
    }
  })
})

describe('the rich conventions', () => {
  it('the signed convention says where and when each signer signed, as its certificate does', () => {
    const text = squash(pdfTexts.get('signed') ?? '')
    expect(text).toContain('Certificat de signature')
    expect(text).toMatch(/Signé à Bordeaux, le \d+/)
    expect(text).toContain('signature électronique simple au sens de l’article 1367 du code civil')
    expect(text).not.toContain('exemplaires originaux')
  })

  it('the amendment names the original convention and the article it changes', () => {
    const text = squash(pdfTexts.get('amendment') ?? '')
    expect(text).toContain('Avenant n° 1 à la convention de partenariat')
    expect(text).toMatch(/Convention n° AD-\d{4}-33-\d{4} signée le/)
    expect(text).toContain('article 5 « Modalités de la coopération économique »')
  })
})

describe('the print view printed by Chromium', () => {
  it('holds the same article headings as the Word document, with the header and « Page X / Y » on every page', () => {
    expect(articleHeadings(printedText)).toEqual(articleHeadings(pdfTexts.get('economic-cooperation') ?? ''))
    const text = squash(printedText)
    for (let page = 1; page <= printedPages; page += 1)
      expect(text).toContain(`Page ${page} / ${printedPages}`)
    expect(text).toContain('aperçu — non émis')
  })
})

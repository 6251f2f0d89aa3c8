import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { cleanLines, textOfModel } from '../../../src-main/shared/amendments/consolidated-text'
import { buildConventionModel } from '../../../src-main/shared/documents/build-convention'
import { openTempDatabase, type TempDatabase } from '../../support/temp-database'
import { signAmendment, signedConvention } from './amendment-support'
import { acceptedParagraphs, asFlatOdt, trackedChanges } from './libreoffice-fodt'

const flat = (text: string) =>
  text
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()

let database: TempDatabase
let outDir: string
let fodt: string
let original: string[]
let cleanText: string
beforeAll(async () => {
  database = await openTempDatabase()
  outDir = mkdtempSync(join(tmpdir(), 'consolidated-'))
  const { services } = database
  const agreement = await signedConvention(services)
  const target = await services.documents.internal.target({ agreementId: agreement.id })
  original = cleanLines(
    textOfModel(
      buildConventionModel(
        target.sources,
        { reference: '', version: 1, kindLabel: '' },
        undefined,
        target.wordings
      )
    )
  ).map(flat)
  const prolongation = await services.documents.amendments.create({
    agreementId: agreement.id,
    reason: 'Prolonger le partenariat',
    effectiveDate: null,
    changes: [{ kind: 'end-date', newEndDate: '2031-12-31' }]
  })
  await signAmendment(services, agreement.id, prolongation.id)
  const wording = await services.documents.amendments.create({
    agreementId: agreement.id,
    reason: 'Adapter le comité',
    effectiveDate: '2031-01-01',
    changes: [
      {
        kind: 'replace-words',
        target: { articleKey: 'governance', clauseKey: null },
        paragraph: 1,
        from: 'deux (2) fois par an',
        to: 'trois (3) fois par an'
      },
      {
        kind: 'replace-clause',
        target: { articleKey: 'terms', clauseKey: 'contributions' },
        text: 'Chaque Partie apporte ce que décrit l’annexe 2.'
      },
      {
        kind: 'add-article',
        afterArticleKey: 'communication',
        title: 'Mécénat de proximité',
        text: 'Les Parties étudient ensemble des actions de mécénat.'
      },
      { kind: 'delete-clause', target: { articleKey: 'terms', clauseKey: 'exclusivity' } }
    ]
  })
  const consolidated = { agreementId: agreement.id, amendmentId: wording.id }
  const file = join(outDir, 'consolidee.docx')
  writeFileSync(file, await services.documents.amendments.consolidated.docx(consolidated))
  cleanText = await services.documents.amendments.consolidated.cleanText(consolidated)
  ;[fodt] = (await asFlatOdt([file], outDir)) as [string]
}, 240_000)
afterAll(async () => {
  await database.dispose()
  rmSync(outDir, { recursive: true, force: true })
})

describe('the consolidated version', () => {
  it('opens in LibreOffice with each amendment’s insertions and deletions listed as tracked changes', () => {
    const changes = trackedChanges(fodt)
    expect(changes.filter((change) => change.author === 'Avenant n° 1').map((change) => change.kind)).toEqual(
      expect.arrayContaining(['insertion', 'deletion'])
    )
    const deleted = changes.filter((change) => change.kind === 'deletion').map((change) => flat(change.text))
    expect(deleted).toEqual(
      expect.arrayContaining([
        'deux (2) fois par an',
        'Le Partenaire assure ce service en exclusivité pour La Poste sur le territoire desservi, pendant toute la durée de la convention.'
      ])
    )
    expect(changes.filter((change) => change.author === 'Avenant n° 2').length).toBeGreaterThanOrEqual(6)
  })

  it('reads, changes accepted, as the convention with the changes applied, and as its clean text', () => {
    const replaceLine = (lines: string[], from: string, to: string) =>
      lines.map((line) => (line.includes(from) ? line.replace(from, to) : line))
    let expected = replaceLine(
      original,
      'd’un (1) an, soit du 1er janvier 2030 au 31 décembre 2030',
      'de deux (2) ans, soit du 1er janvier 2030 au 31 décembre 2031'
    )
    expected = replaceLine(expected, 'deux (2) fois par an', 'trois (3) fois par an')
    const contributions = expected.indexOf('5.2 Apports des parties')
    expected.splice(contributions + 1, 2, 'Chaque Partie apporte ce que décrit l’annexe 2.')
    const exclusivity = expected.indexOf('5.10 Exclusivité')
    expected.splice(exclusivity, 2)
    const article10 = expected.findIndex((line) => line.startsWith('Article 10 — '))
    expected.splice(
      article10,
      0,
      'Article 9 bis — Mécénat de proximité',
      'Les Parties étudient ensemble des actions de mécénat.'
    )
    const accepted = acceptedParagraphs(fodt).map(flat)
    expect(accepted.slice(4)).toEqual(expected)
    expect(cleanText.split('\n').slice(2).map(flat)).toEqual(expected)
  })
})

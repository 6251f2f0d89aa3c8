import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildConventionModel } from '../../../src-main/shared/documents/build-convention'
import type { ArticleKey, Block, DocumentModel } from '../../../src-main/shared/documents/document-model'
import { inlineText } from '../../../src-main/shared/documents/document-model'
import { renderDocumentHtml } from '../../../src-main/shared/documents/render-html'
import { loadDocumentSources } from '../../../src-main/services/documents/document-sources.loader'
import { PARTNERSHIP_TYPE_CODES } from '../../../src-main/shared/schemas/agreement.schema'
import { openTempDatabase, type TempDatabase } from '../../support/temp-database'
import { readyAgreement } from '../../support/document-fixtures'
import { configureLaPoste } from './la-poste-settings'

/** Every convention's articles (LEGAL.md §2), in order; `financial-terms` where money moves. */
function mandatory(withFinancialTerms: boolean): ArticleKey[] {
  return [
    'object',
    'duration',
    'la-poste-commitments',
    'partner-commitments',
    'terms',
    ...(withFinancialTerms ? (['financial-terms'] as const) : []),
    'indicators',
    'governance',
    'communication',
    'confidentiality',
    'data-protection',
    'intellectual-property',
    'insurance-liability',
    'force-majeure',
    'independence',
    'exclusivity',
    'assignment',
    'ethics',
    'termination',
    'notices',
    'entire-agreement',
    'annexes',
    'disputes'
  ]
}

const DATA_ROLES: Record<string, string> = {
  'economic-cooperation': 'processor',
  'social-innovation': 'joint-controllers',
  'responsible-practices': 'separate-controllers',
  patronage: 'separate-controllers'
}

const EXPECTED_FIGURES: Record<string, string[]> = {
  // The types' own figures are tested by their modules; here, that each type's amounts reach the convention.
  'economic-cooperation': ['mille cinq cents euros', 'exclusivité'],
  'social-innovation': ['douze mille cinq cents euros et cinquante centimes', 'CC BY-SA 4.0'],
  'responsible-practices': ['vingt-quatre mille euros', '14 000,00 €'],
  patronage: ['quatorze mille euros']
}

function blockText(block: Block): string {
  if (block.kind === 'paragraph') return block.runs.map(inlineText).join('')
  if (block.kind === 'list') return block.items.map((item) => item.map(inlineText).join('')).join('\n')
  return [
    block.caption,
    ...block.columns.map((c) => c.label),
    ...block.rows.flat(),
    ...(block.total ?? [])
  ].join('\n')
}

function modelText(model: DocumentModel): string {
  return [
    ...model.preamble,
    ...model.articles.flatMap((article) => [
      ...article.blocks,
      ...article.clauses.flatMap((clause) => clause.blocks)
    ])
  ]
    .map(blockText)
    .join('\n')
    .replace(/[\u00a0\u202f]/g, ' ')
}

let database: TempDatabase
beforeAll(async () => {
  database = await openTempDatabase()
  await configureLaPoste(database.services)
})
afterAll(() => database.dispose())

describe('the convention model', () => {
  it.each(PARTNERSHIP_TYPE_CODES)(
    'has every mandatory article, in order, and the figures of a %s agreement',
    async (type) => {
      const { services } = database
      const agreement = await readyAgreement(services, type)
      const sources = await loadDocumentSources(
        {
          agreement: async (id) => (await services.agreements.get(id)).agreement,
          partner: services.partners.get,
          need: services.needs.get,
          settings: services.settings.get,
          reference: services.reference.get
        },
        agreement.id
      )
      const model = buildConventionModel(sources, {
        reference: agreement.reference,
        version: 1,
        kindLabel: 'Pour signature'
      })
      const expected = mandatory(type !== 'social-innovation' && type !== 'patronage')
      expect(model.articles.map((article) => article.key)).toEqual(expected)
      expect(model.articles.map((article) => article.number)).toEqual(expected.map((_, index) => index + 1))
      expect(model.articles.find((article) => article.key === 'data-protection')?.source?.variantId).toBe(
        DATA_ROLES[type]
      )
      expect(model.parties.map((party) => party.name)).toEqual([
        'La Poste',
        'Banque alimentaire de la Gironde'
      ])
      const text = modelText(model)
      for (const figure of EXPECTED_FIGURES[type] ?? []) expect(text).toContain(figure)
      expect(text).toContain('Alliance Dynamique')
      expect(text).toContain('« Aide alimentaire en zone rurale »')
      expect(text).toContain('du 1er janvier 2030 au 31 décembre 2030 inclus')
      expect(text).not.toContain('[à compléter]')
      expect(text).not.toMatch(/\[\[art:/)
      expect(model.signature.madeAt.replace(/[\u00a0\u202f]/g, ' ')).toMatch(
        /^Fait à Bordeaux, le .*, en deux \(2\) exemplaires originaux, dont un pour chaque Partie\.$/
      )
      expect(model.signature.columns.map((column) => column.signerName)).toEqual([
        'Claire Martin',
        'Bernard Lafitte'
      ])
    }
  )

  it('escapes everything typed by the user in the HTML view', async () => {
    const { services } = database
    const agreement = await readyAgreement(services, 'economic-cooperation')
    await services.agreements.transition({ id: agreement.id, to: 'draft' })
    await services.agreements.saveDraft({
      id: agreement.id,
      changes: { title: '<img src=x onerror=alert(1)>' }
    })
    const html = await services.documents.preview({ agreementId: agreement.id })
    expect(html).not.toContain('<img src=x')
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;')
    expect(html).toContain("default-src 'none'")
  })

  it('shows the gaps of an incomplete draft instead of hiding them', async () => {
    const { services } = database
    const created = await services.agreements.create({ needId: 1, partnerId: 1 })
    const html = renderDocumentHtml(
      buildConventionModel(
        await loadDocumentSources(
          {
            agreement: async (id) => (await services.agreements.get(id)).agreement,
            partner: services.partners.get,
            need: services.needs.get,
            settings: services.settings.get,
            reference: services.reference.get
          },
          created.agreement.id
        ),
        { reference: created.agreement.reference, version: 1, kindLabel: 'Projet' }
      )
    )
    expect(html).toContain('[à compléter]')
  })
})

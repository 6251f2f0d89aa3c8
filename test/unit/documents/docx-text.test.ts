import { strToU8, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { docxParagraphs, paragraphDifferences } from '../../../src-main/services/documents/docx-text'

const docx = (xml: string) => zipSync({ 'word/document.xml': strToU8(xml) })

describe('the text of a DOCX, as verification compares it', () => {
  it('reads paragraphs, joining runs and decoding entities, and ignores field instructions', () => {
    const xml =
      '<w:body><w:p><w:r><w:t>Article</w:t></w:r><w:r><w:t xml:space="preserve"> 1 &amp; 2</w:t></w:r></w:p>' +
      '<w:p><w:r><w:instrText> REF art_x </w:instrText></w:r><w:r><w:t>article 20</w:t></w:r></w:p><w:p></w:p></w:body>'
    expect(docxParagraphs(docx(xml))).toEqual(['Article 1 & 2', 'article 20'])
  })

  it('answers null for what is not a DOCX, hostile or not', () => {
    expect(docxParagraphs(Buffer.from('%PDF-1.7'))).toBeNull()
    expect(docxParagraphs(Buffer.from('PK\u0003\u0004 tronqué'))).toBeNull()
    expect(docxParagraphs(zipSync({ 'autre.xml': strToU8('<x/>') }))).toBeNull()
  })

  it('lists the paragraphs that differ: rewritten side by side, added, removed; case and spacing ignored', () => {
    expect(paragraphDifferences(['A', 'B', 'C'], ['a', 'B', 'C'])).toEqual([])
    expect(paragraphDifferences(['A', 'B', 'C'], ['A', 'B modifié', 'C'])).toEqual([
      { issued: 'B', found: 'B modifié' }
    ])
    expect(paragraphDifferences(['A', 'C'], ['A', 'B', 'C'])).toEqual([{ issued: null, found: 'B' }])
    expect(paragraphDifferences(['A', 'B', 'C'], ['A', 'C'])).toEqual([{ issued: 'B', found: null }])
  })
})

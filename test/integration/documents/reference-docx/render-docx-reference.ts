import {
  AlignmentType,
  Bookmark,
  Document,
  DocumentProtectionType,
  Footer,
  Header,
  HeadingLevel,
  Paragraph,
  SimpleField,
  TextRun,
  type Table
} from 'docx'
import { TextWatermark } from 'docx/watermarks'
import { articleBookmark } from '../../../../src-main/shared/documents/cross-references'
import type { Article, DocumentModel } from '../../../../src-main/shared/documents/document-model'
import { estimatePageCount } from '../../../../src-main/shared/documents/page-estimate'
import { footerText, headerText } from '../../../../src-main/shared/documents/render-html'
import { blockToDocx } from '../../../../src-main/services/documents/docx/docx-blocks'
import { certificateToDocx, signatureBlockToDocx } from './docx-signature-reference'
import {
  ARTICLE_NUMBERING,
  BODY_STYLE,
  DOCUMENT_FONT,
  DOCUMENT_NUMBERING,
  DOCUMENT_STYLES,
  FOOTER_STYLE,
  PARTY_STYLE
} from '../../../../src-main/services/documents/docx/docx-styles'

import { DOCUMENT_ID_PROPERTY } from '../../../../src-main/services/documents/docx/render-docx'

/** A4 in twips, with 2.5 cm at the top for the header and 2 cm elsewhere. */
const PAGE = {
  width: 11906,
  height: 16838,
  margin: { top: 1417, right: 1134, bottom: 1247, left: 1134, header: 567, footer: 567 }
}

function header(model: DocumentModel): Header {
  const children = [new TextRun(headerText(model))]
  return new Header({
    children: [
      new Paragraph({
        style: FOOTER_STYLE,
        alignment: AlignmentType.RIGHT,
        children: model.meta.draft
          ? [
              ...children,
              new TextWatermark({ text: 'PROJET', font: DOCUMENT_FONT, color: 'C0C0C0', opacity: 0.35 })
            ]
          : children
      })
    ]
  })
}

/**
 * PAGE and NUMPAGES fields with cached values (1 and the estimated count), so previewers that do not lay the file
 * out still read « Page 1 / 7 »; Word and LibreOffice recompute both on every page.
 */
function footer(model: DocumentModel): Footer {
  return new Footer({
    children: [
      new Paragraph({
        style: FOOTER_STYLE,
        children: [
          new TextRun('Page '),
          new SimpleField('PAGE', '1'),
          new TextRun(' / '),
          new SimpleField('NUMPAGES', String(estimatePageCount(model)))
        ]
      }),
      new Paragraph({ style: FOOTER_STYLE, children: [new TextRun(footerText(model))] })
    ]
  })
}

function partiesToDocx(model: DocumentModel): Paragraph[] {
  const line = (text: string, keepNext = true) =>
    new Paragraph({ style: PARTY_STYLE, keepNext, children: [new TextRun(text)] })
  const paragraphs = [
    new Paragraph({
      style: BODY_STYLE,
      keepNext: true,
      children: [new TextRun({ text: 'Entre les soussignés\u00a0:', bold: true })]
    })
  ]
  model.parties.forEach((party, index) => {
    if (index > 0)
      paragraphs.push(
        new Paragraph({
          style: BODY_STYLE,
          keepNext: true,
          spacing: { before: 120 },
          children: [new TextRun({ text: 'Et', bold: true })]
        })
      )
    paragraphs.push(
      new Paragraph({
        style: PARTY_STYLE,
        keepNext: true,
        children: [new TextRun({ text: party.name, bold: true }), new TextRun(',')]
      }),
      ...party.details.map((detail) => line(`${detail},`)),
      line(`représentée par ${party.representedBy},`),
      line(`ci-après dénommée «\u202f${party.designation}\u202f»,`),
      new Paragraph({
        style: PARTY_STYLE,
        children: [new TextRun({ text: party.closing, italics: true })]
      })
    )
  })
  if (model.partiesNote)
    paragraphs.push(
      new Paragraph({
        style: BODY_STYLE,
        spacing: { before: 120 },
        children: [new TextRun(model.partiesNote)]
      })
    )
  return paragraphs
}

/** « Article 4 — Terms », numbered by the list and bookmarked for cross-references; sub-clauses « 4.2 … ». */
function articleToDocx(article: Article): Array<Paragraph | Table> {
  return [
    new Paragraph({
      heading: HeadingLevel.HEADING_1,
      numbering: { reference: ARTICLE_NUMBERING, level: 0 },
      children: [
        new Bookmark({ id: articleBookmark(article.key), children: [new TextRun(`— ${article.title}`)] })
      ]
    }),
    ...article.blocks.flatMap(blockToDocx),
    ...article.clauses.flatMap((clause) => [
      new Paragraph({
        heading: HeadingLevel.HEADING_2,
        numbering: { reference: ARTICLE_NUMBERING, level: 1 },
        keepNext: true,
        children: [new TextRun(clause.title ?? '')]
      }),
      ...clause.blocks.flatMap(blockToDocx)
    ])
  ]
}

/**
 * The Word document of a model built with the `docx` library's objects, as the app did before it wrote the XML
 * itself: the reference the fast writer must match, part by part.
 */
export function renderDocx(model: DocumentModel, documentId: string): Document {
  const body: Array<Paragraph | Table> = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(model.title)] }),
    new Paragraph({
      style: BODY_STYLE,
      alignment: AlignmentType.CENTER,
      spacing: { after: 360 },
      children: [new TextRun({ text: model.subtitle, italics: true })]
    }),
    ...partiesToDocx(model),
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Préambule')] }),
    ...model.preamble.flatMap(blockToDocx),
    ...model.articles.flatMap(articleToDocx),
    ...signatureBlockToDocx(model.signature)
  ]
  for (const annex of model.annexes)
    body.push(
      new Paragraph({
        heading: HeadingLevel.HEADING_1,
        pageBreakBefore: true,
        children: [new TextRun(annex.title)]
      }),
      ...annex.blocks.flatMap(blockToDocx)
    )
  if (model.certificate) body.push(...certificateToDocx(model.certificate))
  const author = model.meta.author?.trim() || 'Alliance Conventions'
  return new Document({
    creator: author,
    lastModifiedBy: author,
    title: `${model.title} ${model.meta.reference}`,
    subject: model.subtitle,
    keywords: model.meta.reference,
    description: footerText(model),
    styles: DOCUMENT_STYLES,
    numbering: DOCUMENT_NUMBERING,
    hyphenation: { autoHyphenation: true, hyphenationZone: 357, consecutiveHyphenLimit: 2 },
    // A signed version is final: Word opens it read-only (changing it means an amendment, not an edit).
    ...(model.meta.final ? { protection: { type: DocumentProtectionType.READ_ONLY } } : {}),
    customProperties: [
      { name: DOCUMENT_ID_PROPERTY, value: documentId },
      { name: 'AllianceReference', value: model.meta.reference },
      { name: 'AllianceVersion', value: String(model.meta.version) },
      { name: 'AllianceStatus', value: model.meta.kindLabel }
    ],
    sections: [
      {
        properties: { page: { size: { width: PAGE.width, height: PAGE.height }, margin: PAGE.margin } },
        headers: { default: header(model) },
        footers: { default: footer(model) },
        children: body
      }
    ]
  })
}

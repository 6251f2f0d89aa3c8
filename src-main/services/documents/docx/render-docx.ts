import {
  AlignmentType,
  Document,
  Footer,
  Header,
  HeadingLevel,
  PageNumber,
  Paragraph,
  TextRun,
  type Table
} from 'docx'
import type { DocumentModel } from '../../../shared/documents/document-model'
import { articleHeading, clauseHeading, footerText } from '../../../shared/documents/render-html'
import { blockToDocx } from './docx-blocks'
import { certificateToDocx, signatureBlockToDocx } from './docx-signature'
import { BODY_STYLE, DOCUMENT_STYLES, FOOTER_STYLE, PARTY_STYLE } from './docx-styles'

/** Identifies a generated file among the recorded versions, even once its bytes were changed (see verification). */
export const DOCUMENT_ID_PROPERTY = 'AllianceDocumentId'

/** A4 in twips, with 2.5 cm at the top for the header and 2 cm elsewhere. */
const PAGE = {
  width: 11906,
  height: 16838,
  margin: { top: 1417, right: 1134, bottom: 1247, left: 1134, header: 567, footer: 567 }
}

function header(model: DocumentModel): Header {
  return new Header({
    children: [
      new Paragraph({
        style: FOOTER_STYLE,
        alignment: AlignmentType.RIGHT,
        children: [
          new TextRun(`${model.kind === 'amendment' ? 'Avenant' : 'Convention'} n° ${model.meta.reference}`)
        ]
      })
    ]
  })
}

/** PAGE and NUMPAGES fields: Word and LibreOffice compute them at layout, so they are right on first opening. */
function footer(model: DocumentModel): Footer {
  return new Footer({
    children: [
      new Paragraph({
        style: FOOTER_STYLE,
        children: [new TextRun({ children: ['Page ', PageNumber.CURRENT, ' / ', PageNumber.TOTAL_PAGES] })]
      }),
      new Paragraph({ style: FOOTER_STYLE, children: [new TextRun(footerText(model))] })
    ]
  })
}

function partiesToDocx(model: DocumentModel): Paragraph[] {
  const paragraphs = [
    new Paragraph({
      style: BODY_STYLE,
      children: [new TextRun({ text: 'Entre les soussignés :', bold: true })]
    })
  ]
  model.parties.forEach((party, index) => {
    if (index > 0)
      paragraphs.push(
        new Paragraph({
          style: BODY_STYLE,
          spacing: { before: 120 },
          children: [new TextRun({ text: 'Et', bold: true })]
        })
      )
    paragraphs.push(
      new Paragraph({
        style: PARTY_STYLE,
        keepNext: true,
        children: [new TextRun({ text: party.name, bold: true })]
      }),
      ...party.details.map(
        (line) => new Paragraph({ style: PARTY_STYLE, keepNext: true, children: [new TextRun(line)] })
      ),
      new Paragraph({
        style: PARTY_STYLE,
        keepNext: true,
        children: [new TextRun(`représentée par ${party.representedBy},`)]
      }),
      new Paragraph({
        style: PARTY_STYLE,
        children: [new TextRun(`ci-après dénommée « ${party.designation} ».`)]
      })
    )
  })
  return paragraphs
}

/** The Word document of a model; packing it to bytes is left to the caller (services), at the edge. */
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
    ...model.preamble.flatMap(blockToDocx)
  ]
  for (const article of model.articles)
    body.push(
      new Paragraph({
        heading: HeadingLevel.HEADING_1,
        children: [new TextRun(articleHeading(article.number, article.title))]
      }),
      ...article.blocks.flatMap(blockToDocx),
      ...article.clauses.flatMap((clause) => [
        new Paragraph({
          heading: HeadingLevel.HEADING_2,
          keepNext: true,
          children: [new TextRun(clauseHeading(clause))]
        }),
        ...clause.blocks.flatMap(blockToDocx)
      ])
    )
  body.push(...signatureBlockToDocx(model.signature))
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
  return new Document({
    creator: 'Alliance Conventions',
    title: `${model.title} ${model.meta.reference}`,
    subject: model.subtitle,
    keywords: model.meta.reference,
    description: footerText(model),
    styles: DOCUMENT_STYLES,
    customProperties: [
      { name: DOCUMENT_ID_PROPERTY, value: documentId },
      { name: 'AllianceReference', value: model.meta.reference },
      { name: 'AllianceVersion', value: String(model.meta.version) }
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

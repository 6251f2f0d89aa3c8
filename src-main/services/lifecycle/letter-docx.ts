import { AlignmentType, Document, Footer, Packer, PageNumber, Paragraph, TextRun } from 'docx'
import type { LetterModel } from '../../shared/documents/build-termination-letter'
import { DOCUMENT_ID_PROPERTY } from '../documents/docx/render-docx'
import { blockToDocx } from '../documents/docx/docx-blocks'
import { BODY_STYLE, DOCUMENT_STYLES, FOOTER_STYLE, PARTY_STYLE } from '../documents/docx/docx-styles'

/** Same page as the conventions: A4, 2 cm margins. */
const PAGE = {
  width: 11906,
  height: 16838,
  margin: { top: 1134, right: 1134, bottom: 1247, left: 1134, header: 567, footer: 567 }
}

function lines(texts: readonly string[], options: { indentTwips?: number; bold?: number } = {}): Paragraph[] {
  return texts.map(
    (text, index) =>
      new Paragraph({
        style: PARTY_STYLE,
        keepNext: true,
        indent: { left: options.indentTwips ?? 0 },
        children: [new TextRun({ text, bold: index === options.bold })]
      })
  )
}

function footer(model: LetterModel): Footer {
  return new Footer({
    children: [
      new Paragraph({
        style: FOOTER_STYLE,
        children: [
          new TextRun({
            children: [
              `${model.meta.kindLabel} — ${model.meta.reference} — page `,
              PageNumber.CURRENT,
              ' / ',
              PageNumber.TOTAL_PAGES
            ]
          })
        ]
      })
    ]
  })
}

/** The Word letter: sender, recipient on the right, place and date, subject, body, closing and signer. */
export function renderLetterDocx(model: LetterModel, documentId: string): Document {
  const body = [
    ...lines(model.sender, { bold: 0 }),
    new Paragraph({ style: BODY_STYLE, children: [] }),
    ...lines(model.recipient, { indentTwips: 5200, bold: 0 }),
    new Paragraph({ style: BODY_STYLE, spacing: { before: 240 }, children: [] }),
    new Paragraph({
      style: BODY_STYLE,
      alignment: AlignmentType.RIGHT,
      children: [new TextRun(model.placeAndDate)]
    }),
    new Paragraph({ style: BODY_STYLE, children: [new TextRun({ text: model.sendingMode, italics: true })] }),
    new Paragraph({ style: BODY_STYLE, children: [new TextRun({ text: model.subject, bold: true })] }),
    new Paragraph({ style: BODY_STYLE, spacing: { before: 240 }, children: [new TextRun(model.salutation)] }),
    ...model.body.flatMap(blockToDocx),
    new Paragraph({ style: BODY_STYLE, children: [new TextRun(model.closing)] }),
    new Paragraph({
      style: BODY_STYLE,
      spacing: { before: 480 },
      keepNext: true,
      indent: { left: 5200 },
      children: [new TextRun({ text: model.signer.name, bold: true })]
    }),
    new Paragraph({ style: BODY_STYLE, indent: { left: 5200 }, children: [new TextRun(model.signer.title)] })
  ]
  return new Document({
    creator: 'Alliance Conventions',
    title: `${model.subject.replace(/^Objet\s*:\s*/u, '')}`,
    subject: model.meta.kindLabel,
    keywords: model.meta.reference,
    styles: DOCUMENT_STYLES,
    customProperties: [
      { name: DOCUMENT_ID_PROPERTY, value: documentId },
      { name: 'AllianceReference', value: model.meta.reference }
    ],
    sections: [
      {
        properties: { page: { size: { width: PAGE.width, height: PAGE.height }, margin: PAGE.margin } },
        footers: { default: footer(model) },
        children: body
      }
    ]
  })
}

export function packLetter(model: LetterModel, documentId: string): Promise<Buffer> {
  return Packer.toBuffer(renderLetterDocx(model, documentId))
}

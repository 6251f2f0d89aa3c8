import { BorderStyle, ImageRun, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx'
import type {
  SignatureBlock,
  SignatureCertificate,
  SignatureColumn
} from '../../../../src-main/shared/documents/document-model'
import {
  BODY_STYLE,
  MONOSPACE_FONT,
  TABLE_TEXT_STYLE
} from '../../../../src-main/services/documents/docx/docx-styles'
import { tableOf } from '../../../../src-main/services/documents/docx/docx-blocks'
import { certificateTable } from '../../../../src-main/services/documents/docx/wordml-signature'

const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' }
const NO_BORDERS = { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER }
/** Largest drawn signature in the block, in pixels at 96 dpi (about 6 × 2.5 cm). */
const MAX_IMAGE = { width: 220, height: 90 }

function imageSize(widthPx: number, heightPx: number) {
  const scale = Math.min(1, MAX_IMAGE.width / widthPx, MAX_IMAGE.height / heightPx)
  return { width: Math.round(widthPx * scale), height: Math.round(heightPx * scale) }
}

function columnCell(column: SignatureColumn, width: number): TableCell {
  const line = (text: string, bold = false) =>
    new Paragraph({
      style: TABLE_TEXT_STYLE,
      keepNext: true,
      keepLines: true,
      children: [new TextRun({ text, bold })]
    })
  const children = [line(`Pour ${column.partyName}`, true), line(column.signerName), line(column.signerTitle)]
  if (column.image)
    children.push(
      new Paragraph({
        keepNext: true,
        children: [
          new ImageRun({
            type: 'png',
            data: column.image.dataUrl,
            transformation: imageSize(column.image.widthPx, column.image.heightPx),
            altText: {
              name: 'Signature',
              description: `Signature de ${column.signerName}`,
              title: 'Signature'
            }
          })
        ]
      })
    )
  else children.push(new Paragraph({ spacing: { before: 1200 }, children: [] }))
  if (column.signedAtText) children.push(line(column.signedAtText))
  return new TableCell({ width: { size: width, type: WidthType.PERCENTAGE }, borders: NO_BORDERS, children })
}

/** « Fait à …, le … » and one column per party, in a single row that Word may not split across pages. */
export function signatureBlockToDocx(block: SignatureBlock): Array<Paragraph | Table> {
  const width = Math.floor(100 / Math.max(1, block.columns.length))
  return [
    new Paragraph({
      style: BODY_STYLE,
      keepNext: true,
      keepLines: true,
      spacing: { before: 360 },
      children: [new TextRun(block.madeAt)]
    }),
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      borders: { ...NO_BORDERS, insideHorizontal: NO_BORDER, insideVertical: NO_BORDER },
      rows: [
        new TableRow({ cantSplit: true, children: block.columns.map((column) => columnCell(column, width)) })
      ]
    })
  ]
}

export function certificateToDocx(certificate: SignatureCertificate): Array<Paragraph | Table> {
  return [
    new Paragraph({ heading: 'Heading1', pageBreakBefore: true, children: [new TextRun(certificate.title)] }),
    new Paragraph({ style: BODY_STYLE, children: [new TextRun(certificate.intro)] }),
    new Paragraph({
      style: BODY_STYLE,
      children: [
        new TextRun({ text: 'SHA-256\u00a0: ', bold: true }),
        new TextRun({ text: certificate.signedDocumentFingerprint, font: MONOSPACE_FONT, size: 18 })
      ]
    }),
    ...tableOf(certificateTable(certificate))
  ]
}

import type {
  SignatureBlock,
  SignatureCertificate,
  SignatureColumn,
  SignatureImage,
  TableBlock
} from '../../../shared/documents/document-model'
import { BODY_STYLE, MONOSPACE_FONT, TABLE_TEXT_STYLE } from './docx-styles'
import { cellBordersXml, rowXml, tableBlockXml, tableXml } from './wordml-blocks'
import { escapeXml, paragraph, textRun } from './wordml'

/** Largest drawn signature in the block, in pixels at 96 dpi (about 6 × 2.5 cm). */
const MAX_IMAGE = { width: 220, height: 90 }
/** English Metric Units per pixel at 96 dpi. */
const EMU_PER_PIXEL = 9525

/** A signature image placed in the document: its relationship id and its drawing number are the caller's. */
export interface PlacedImage {
  image: SignatureImage
  relationshipId: string
  drawingId: number
}

function imageSize(widthPx: number, heightPx: number) {
  const scale = Math.min(1, MAX_IMAGE.width / widthPx, MAX_IMAGE.height / heightPx)
  return { width: Math.round(widthPx * scale), height: Math.round(heightPx * scale) }
}

function drawingXml(placed: PlacedImage, signerName: string): string {
  const size = imageSize(placed.image.widthPx, placed.image.heightPx)
  const extent = `cx="${size.width * EMU_PER_PIXEL}" cy="${size.height * EMU_PER_PIXEL}"`
  const a = 'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"'
  return (
    `<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent ${extent}/><wp:effectExtent t="0" r="0" b="0" l="0"/>` +
    `<wp:docPr id="${placed.drawingId}" name="Signature" descr="${escapeXml(`Signature de ${signerName}`)}" title="Signature"/>` +
    `<wp:cNvGraphicFramePr><a:graphicFrameLocks ${a} noChangeAspect="1"/></wp:cNvGraphicFramePr>` +
    `<a:graphic ${a}><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture">` +
    '<pic:nvPicPr><pic:cNvPr id="0" name="" descr=""/><pic:cNvPicPr><a:picLocks noChangeAspect="1" noChangeArrowheads="1"/></pic:cNvPicPr></pic:nvPicPr>' +
    `<pic:blipFill><a:blip r:embed="${placed.relationshipId}" cstate="none"/><a:srcRect/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>` +
    `<pic:spPr bwMode="auto"><a:xfrm><a:off x="0" y="0"/><a:ext ${extent}/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr>` +
    '</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>'
  )
}

const NO_BORDERS = cellBordersXml('none')

function columnCellXml(column: SignatureColumn, width: number, placed: PlacedImage | undefined): string {
  const line = (text: string, bold = false) =>
    paragraph({ style: TABLE_TEXT_STYLE, keepNext: true, keepLines: true }, textRun(text, { bold }))
  let content = line(`Pour ${column.partyName}`, true) + line(column.signerName) + line(column.signerTitle)
  content += placed
    ? paragraph({ keepNext: true }, drawingXml(placed, column.signerName))
    : paragraph({ spacing: { before: 1200 } })
  if (column.signedAtText) content += line(column.signedAtText)
  return `<w:tc><w:tcPr><w:tcW w:type="pct" w:w="${width * 50}"/>${NO_BORDERS}</w:tcPr>${content}</w:tc>`
}

/**
 * « Fait à …, le … » and one column per party, in a single row that Word may not split across pages. `placeImage`
 * gives each drawn signature its place in the package.
 */
export function signatureBlockXml(
  block: SignatureBlock,
  placeImage: (image: SignatureImage) => PlacedImage
): string {
  const width = Math.floor(100 / Math.max(1, block.columns.length))
  const cells = block.columns
    .map((column) => columnCellXml(column, width, column.image ? placeImage(column.image) : undefined))
    .join('')
  return (
    paragraph(
      { style: BODY_STYLE, keepNext: true, keepLines: true, spacing: { before: 360 } },
      textRun(block.madeAt)
    ) +
    tableXml(
      block.columns.map(() => width),
      'none',
      rowXml(cells)
    )
  )
}

/** Who signed, for whom, when, where and how: one row per signature. */
export function certificateTable(certificate: SignatureCertificate): TableBlock {
  return {
    kind: 'table',
    caption: 'Signatures',
    columns: [
      { label: 'Signataire', align: 'left', width: 24 },
      { label: 'Partie', align: 'left', width: 20 },
      { label: 'Date et heure', align: 'left', width: 20 },
      { label: 'Lieu', align: 'left', width: 14 },
      { label: 'Procédé', align: 'left', width: 22 }
    ],
    rows: certificate.entries.map((entry) => [
      entry.signerName,
      entry.partyName,
      entry.signedAtText,
      entry.placeText,
      entry.methodText
    ])
  }
}

export function certificateXml(certificate: SignatureCertificate): string {
  return (
    paragraph({ style: 'Heading1', pageBreakBefore: true }, textRun(certificate.title)) +
    paragraph({ style: BODY_STYLE }, textRun(certificate.intro)) +
    paragraph(
      { style: BODY_STYLE },
      textRun('SHA-256\u00a0: ', { bold: true }) +
        textRun(certificate.signedDocumentFingerprint, { font: MONOSPACE_FONT, size: 18 })
    ) +
    tableBlockXml(certificateTable(certificate))
  )
}

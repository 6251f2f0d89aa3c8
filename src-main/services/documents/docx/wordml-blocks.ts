import type { Block, Inline, TableBlock } from '../../../shared/documents/document-model'
import { BODY_STYLE, TABLE_TEXT_STYLE } from './docx-styles'
import { BULLET_NUM_ID, paragraph, simpleField, textRun } from './wordml'

/** Text widths in twips of an A4 page with 2 cm side margins: what a 100 % table spans. */
const TEXT_WIDTH_TWIPS = 11906 - 2 * 1134

export function inlinesXml(inlines: readonly Inline[]): string {
  let xml = ''
  for (const inline of inlines) {
    if (typeof inline === 'string') xml += textRun(inline)
    // « article 20 »: a REF field to the numbered heading (« Article 20 »), in lower case, with its value cached.
    else if (inline.crossReference)
      xml += simpleField(`REF ${inline.crossReference} \\n \\h \\* Lower`, inline.text)
    else xml += textRun(inline.text, { bold: inline.bold ?? false, italic: inline.italic ?? false })
  }
  return xml
}

/** An introductory line (« La Poste s’engage à : ») is kept on the page of what it introduces. */
function introduces(inlines: readonly Inline[]): boolean {
  const last = inlines.at(-1)
  return last !== undefined && /:\s*$/.test(typeof last === 'string' ? last : last.text)
}

export type Border = 'none' | 'grey'

const BORDER: Record<Border, string> = {
  none: 'w:val="none" w:color="FFFFFF" w:sz="0"',
  grey: 'w:val="single" w:color="777777" w:sz="4"'
}
const TABLE_BORDER: Record<Border | 'auto', string> = {
  ...BORDER,
  auto: 'w:val="single" w:color="auto" w:sz="4"'
}

export function cellBordersXml(border: Border): string {
  const side = BORDER[border]
  return `<w:tcBorders><w:top ${side}/><w:left ${side}/><w:bottom ${side}/><w:right ${side}/></w:tcBorders>`
}

/** A full-width table: its borders, its grid (twips from the column shares), then its rows. */
export function tableXml(widths: readonly number[], border: 'none' | 'auto', rows: string): string {
  const side = TABLE_BORDER[border]
  const borders = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(
    (edge) => `<w:${edge} ${side}/>`
  )
  const grid = widths.map((width) => `<w:gridCol w:w="${Math.round((width / 100) * TEXT_WIDTH_TWIPS)}"/>`)
  return `<w:tbl><w:tblPr><w:tblW w:type="pct" w:w="5000"/><w:tblBorders>${borders.join('')}</w:tblBorders></w:tblPr><w:tblGrid>${grid.join('')}</w:tblGrid>${rows}</w:tbl>`
}

/** A row Word never splits across pages; a header row repeats on every page the table spans. */
export function rowXml(cells: string, header = false): string {
  return `<w:tr><w:trPr><w:cantSplit/>${header ? '<w:tblHeader/>' : ''}</w:trPr>${cells}</w:tr>`
}

const CELL_MARGINS =
  '<w:tcMar><w:top w:type="dxa" w:w="60"/><w:left w:type="dxa" w:w="100"/><w:bottom w:type="dxa" w:w="60"/><w:right w:type="dxa" w:w="100"/></w:tcMar>'
const GREY_BORDERS = cellBordersXml('grey')

function cellXml(
  text: string,
  width: number,
  align: 'left' | 'right',
  header: boolean,
  bold: boolean
): string {
  const shading = header ? '<w:shd w:fill="EEEEEE" w:color="auto" w:val="clear"/>' : ''
  const content = paragraph({ style: TABLE_TEXT_STYLE, align }, textRun(text, { bold: header || bold }))
  return `<w:tc><w:tcPr><w:tcW w:type="pct" w:w="${width * 50}"/>${GREY_BORDERS}${shading}${CELL_MARGINS}</w:tcPr>${content}</w:tc>`
}

/** A table whose header row repeats on every page it spans, and whose rows never split across two pages. */
export function tableBlockXml(block: TableBlock): string {
  const cells = (texts: readonly string[], header: boolean, bold: boolean) =>
    texts
      .map((text, index) =>
        cellXml(text, block.columns[index]?.width ?? 10, block.columns[index]?.align ?? 'left', header, bold)
      )
      .join('')
  let rows = rowXml(
    block.columns.map((column) => cellXml(column.label, column.width, column.align, true, false)).join(''),
    true
  )
  for (const row of block.rows) rows += rowXml(cells(row, false, false))
  if (block.total) rows += rowXml(cells(block.total, false, true))
  return (
    paragraph({ style: BODY_STYLE, keepNext: true }, textRun(block.caption, { bold: true })) +
    tableXml(
      block.columns.map((column) => column.width),
      'auto',
      rows
    ) +
    paragraph({ style: BODY_STYLE })
  )
}

export function blockXml(block: Block): string {
  switch (block.kind) {
    case 'paragraph':
      return paragraph({ style: BODY_STYLE, keepNext: introduces(block.runs) }, inlinesXml(block.runs))
    case 'list':
      return block.items
        .map((item, index) =>
          paragraph(
            {
              style: BODY_STYLE,
              keepNext: index < block.items.length - 1 && block.items.length <= 6,
              keepLines: true,
              numbering: { numId: BULLET_NUM_ID, level: 0, bullet: true }
            },
            inlinesXml(item)
          )
        )
        .join('')
    case 'table':
      return tableBlockXml(block)
  }
}

export function blocksXml(blocks: readonly Block[]): string {
  let xml = ''
  for (const block of blocks) xml += blockXml(block)
  return xml
}

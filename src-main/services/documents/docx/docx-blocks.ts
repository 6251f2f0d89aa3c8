import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild
} from 'docx'
import type { Block, Inline, TableBlock } from '../../../shared/documents/document-model'
import { BODY_STYLE, TABLE_TEXT_STYLE } from './docx-styles'

export function runsOf(inlines: readonly Inline[]): ParagraphChild[] {
  return inlines.map((inline) =>
    typeof inline === 'string'
      ? new TextRun(inline)
      : new TextRun({ text: inline.text, bold: inline.bold ?? false, italics: inline.italic ?? false })
  )
}

export const CELL_BORDERS = {
  top: { style: BorderStyle.SINGLE, size: 4, color: '777777' },
  bottom: { style: BorderStyle.SINGLE, size: 4, color: '777777' },
  left: { style: BorderStyle.SINGLE, size: 4, color: '777777' },
  right: { style: BorderStyle.SINGLE, size: 4, color: '777777' }
}

function cell(
  text: string,
  width: number,
  align: 'left' | 'right',
  options: { header?: boolean; bold?: boolean } = {}
) {
  return new TableCell({
    width: { size: width, type: WidthType.PERCENTAGE },
    borders: CELL_BORDERS,
    margins: { top: 60, bottom: 60, left: 100, right: 100 },
    ...(options.header ? { shading: { type: ShadingType.CLEAR, fill: 'EEEEEE', color: 'auto' } } : {}),
    children: [
      new Paragraph({
        style: TABLE_TEXT_STYLE,
        alignment: align === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        children: [new TextRun({ text, bold: options.header === true || options.bold === true })]
      })
    ]
  })
}

/** A table whose header row repeats on every page it spans, and whose rows never split across two pages. */
export function tableOf(block: TableBlock): Array<Paragraph | Table> {
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: block.columns.map((column) => cell(column.label, column.width, column.align, { header: true }))
  })
  const rows = block.rows.map(
    (row) =>
      new TableRow({
        cantSplit: true,
        children: row.map((text, index) =>
          cell(text, block.columns[index]?.width ?? 10, block.columns[index]?.align ?? 'left')
        )
      })
  )
  if (block.total)
    rows.push(
      new TableRow({
        cantSplit: true,
        children: block.total.map((text, index) =>
          cell(text, block.columns[index]?.width ?? 10, block.columns[index]?.align ?? 'left', { bold: true })
        )
      })
    )
  return [
    new Paragraph({
      style: BODY_STYLE,
      keepNext: true,
      children: [new TextRun({ text: block.caption, bold: true })]
    }),
    new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [header, ...rows] }),
    new Paragraph({ style: BODY_STYLE, children: [] })
  ]
}

export function blockToDocx(block: Block): Array<Paragraph | Table> {
  switch (block.kind) {
    case 'paragraph':
      return [new Paragraph({ style: BODY_STYLE, children: runsOf(block.runs) })]
    case 'list':
      return block.items.map(
        (item) => new Paragraph({ style: BODY_STYLE, bullet: { level: 0 }, children: runsOf(item) })
      )
    case 'table':
      return tableOf(block)
  }
}

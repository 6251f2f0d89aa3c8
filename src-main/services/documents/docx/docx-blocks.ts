import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  ShadingType,
  SimpleField,
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
  return inlines.map((inline) => {
    if (typeof inline === 'string') return new TextRun(inline)
    // « article 20 »: a REF field to the numbered heading (« Article 20 »), in lower case, with its value cached.
    if (inline.crossReference)
      return new SimpleField(`REF ${inline.crossReference} \\n \\h \\* Lower`, inline.text)
    return new TextRun({ text: inline.text, bold: inline.bold ?? false, italics: inline.italic ?? false })
  })
}

/** An introductory line (« La Poste s’engage à : ») is kept on the page of what it introduces. */
function introduces(inlines: readonly Inline[]): boolean {
  const last = inlines.at(-1)
  return last !== undefined && /:\s*$/.test(typeof last === 'string' ? last : last.text)
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
      return [
        new Paragraph({ style: BODY_STYLE, keepNext: introduces(block.runs), children: runsOf(block.runs) })
      ]
    case 'list':
      return block.items.map(
        (item, index) =>
          new Paragraph({
            style: BODY_STYLE,
            bullet: { level: 0 },
            keepNext: index < block.items.length - 1 && block.items.length <= 6,
            keepLines: true,
            children: runsOf(item)
          })
      )
    case 'table':
      return tableOf(block)
  }
}

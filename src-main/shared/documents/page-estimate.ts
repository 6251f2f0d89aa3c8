import type { Block, DocumentModel } from './document-model'
import { inlineText } from './document-model'

/**
 * How many A4 pages the document takes, estimated from its text as laid out in the DOCX (Times New Roman 11 pt,
 * 17 cm lines, 2.5/2.2 cm margins). Written as the cached value of the NUMPAGES field, so that previewers that do not
 * lay the document out (mail, file managers) show « Page 1 / 7 » rather than « Page  / »; Word and LibreOffice
 * recompute it when they open the file. Tested against LibreOffice's own count.
 */

const PAGE_HEIGHT_CM = 24.6
const LINE_CM = 0.46
const PARAGRAPH_GAP_CM = 0.18
const CHARS_PER_LINE = 92
const TABLE_CHARS_PER_LINE = 100

function lines(text: string, perLine = CHARS_PER_LINE): number {
  return Math.max(1, Math.ceil(text.length / perLine))
}

function blockHeight(block: Block): number {
  switch (block.kind) {
    case 'paragraph':
      return lines(block.runs.map(inlineText).join('')) * LINE_CM + PARAGRAPH_GAP_CM
    case 'list':
      return block.items.reduce(
        (sum, item) =>
          sum + lines(item.map(inlineText).join(''), CHARS_PER_LINE - 6) * LINE_CM + PARAGRAPH_GAP_CM,
        0
      )
    case 'table': {
      const rows = [
        block.columns.map((column) => column.label),
        ...block.rows,
        ...(block.total ? [block.total] : [])
      ]
      const rowHeight = (row: readonly string[]) =>
        Math.max(
          ...row.map((cell, index) =>
            lines(
              cell,
              Math.max(8, Math.floor((TABLE_CHARS_PER_LINE * (block.columns[index]?.width ?? 20)) / 100))
            )
          )
        ) *
          0.42 +
        0.22
      return 1.1 + rows.reduce((sum, row) => sum + rowHeight(row), 0)
    }
  }
}

/** Heights of what flows from the title to the signature, then the annexes and certificate, each on new pages. */
export function estimatePageCount(model: DocumentModel): number {
  let height = 1.6 + 1.2
  for (const party of model.parties) height += (party.details.length + 4) * LINE_CM + 0.4
  height += 1.2 + model.preamble.reduce((sum, block) => sum + blockHeight(block), 0)
  for (const article of model.articles) {
    height += 1.0 + article.blocks.reduce((sum, block) => sum + blockHeight(block), 0)
    for (const clause of article.clauses)
      height += 0.7 + clause.blocks.reduce((sum, block) => sum + blockHeight(block), 0)
  }
  height += 1.2 + lines(model.signature.madeAt) * LINE_CM + 4.5
  let pages = Math.ceil(height / PAGE_HEIGHT_CM)
  for (const annex of model.annexes)
    pages += Math.ceil(
      (1.2 + annex.blocks.reduce((sum, block) => sum + blockHeight(block), 0)) / PAGE_HEIGHT_CM
    )
  if (model.certificate) pages += 1
  return pages
}

import type { TableBlock } from '../document-model'
import { MISSING } from '../document-sources'
import { amountInWordsAndFigures } from '../amount-in-words'
import { formatAmount } from '../french-format'

/** Amounts in clauses: words then figures, as legal practice expects. */
export function amountClause(cents: number | null): string {
  return cents === null ? MISSING : amountInWordsAndFigures(cents)
}

/** Amounts in table cells: figures only. */
export function amountCell(cents: number | null): string {
  return cents === null ? MISSING : formatAmount(cents)
}

/** A two-column table of labelled amounts with their total. */
export function amountsTable(
  caption: string,
  labelHeader: string,
  amountHeader: string,
  rows: ReadonlyArray<{ label: string; cents: number | null }>
): TableBlock {
  const total = rows.reduce((sum, row) => sum + (row.cents ?? 0), 0)
  return {
    kind: 'table',
    caption,
    columns: [
      { label: labelHeader, align: 'left', width: 70 },
      { label: amountHeader, align: 'right', width: 30 }
    ],
    rows: rows.map((row) => [row.label === '' ? MISSING : row.label, amountCell(row.cents)]),
    total: ['Total', formatAmount(total)]
  }
}

import type { TableBlock } from '../document-model'
import { MISSING } from '../document-sources'
import { amountFiguresWithVat, amountWithVat, type VatBasis } from '../amount-in-words'

/** Amounts in clauses: words then figures with the VAT basis, as legal practice expects (HT unless told). */
export function amountClause(cents: number | null, basis: VatBasis = 'HT'): string {
  return cents === null ? MISSING : amountWithVat(cents, basis)
}

/** Amounts in table cells: figures only, with the VAT basis (HT unless told). */
export function amountCell(cents: number | null, basis: VatBasis = 'HT'): string {
  return cents === null ? MISSING : amountFiguresWithVat(cents, basis)
}

/** A two-column table of labelled amounts with their total. */
export function amountsTable(
  caption: string,
  labelHeader: string,
  amountHeader: string,
  rows: ReadonlyArray<{ label: string; cents: number | null }>,
  basis: VatBasis = 'HT'
): TableBlock {
  const total = rows.reduce((sum, row) => sum + (row.cents ?? 0), 0)
  return {
    kind: 'table',
    caption,
    columns: [
      { label: labelHeader, align: 'left', width: 70 },
      { label: amountHeader, align: 'right', width: 30 }
    ],
    rows: rows.map((row) => [row.label === '' ? MISSING : row.label, amountCell(row.cents, basis)]),
    total: ['Total', amountFiguresWithVat(total, basis)]
  }
}

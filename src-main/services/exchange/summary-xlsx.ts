import ExcelJS from 'exceljs'
import { neutralizeCell } from '../../shared/exchange/neutralize-cell'
import { SUMMARY_HEADERS, type SummaryRow } from '../../shared/exchange/summary-rows'

const WIDTHS = [18, 40, 36, 17, 24, 36, 20, 13, 13, 16, 12, 13, 14, 30]

/** A date-only cell: midnight UTC, which spreadsheet programs show as that calendar day. */
function dateCell(iso: string | null): Date | null {
  return iso === null ? null : new Date(`${iso}T00:00:00Z`)
}

/**
 * synthese.xlsx: a real workbook with typed cells (dates as dates, amounts as numbers with a euro format) so the head
 * network can sort and total; text cells are neutralized against formula injection like the CSV's.
 */
export async function summaryXlsx(rows: readonly SummaryRow[], exportedAt: Date): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'Alliance Conventions'
  workbook.created = exportedAt
  workbook.modified = exportedAt
  const sheet = workbook.addWorksheet('Synthèse', { views: [{ state: 'frozen', ySplit: 1 }] })
  sheet.columns = SUMMARY_HEADERS.map((header, index) => ({ header, width: WIDTHS[index] ?? 16 }))
  sheet.getRow(1).font = { bold: true }
  for (const row of rows) {
    sheet.addRow([
      neutralizeCell(row.reference),
      neutralizeCell(row.title),
      neutralizeCell(row.partner),
      neutralizeCell(row.siret),
      neutralizeCell(row.type),
      neutralizeCell(row.domains),
      neutralizeCell(row.status),
      dateCell(row.startDate),
      dateCell(row.endDate),
      row.amountCents === null ? null : row.amountCents / 100,
      row.committeeCount,
      dateCell(row.lastCommitteeOn),
      row.achievementPercent,
      neutralizeCell(row.evaluation)
    ])
  }
  sheet.getColumn(8).numFmt = 'dd/mm/yyyy'
  sheet.getColumn(9).numFmt = 'dd/mm/yyyy'
  sheet.getColumn(10).numFmt = '#,##0.00\\ "€"'
  sheet.getColumn(12).numFmt = 'dd/mm/yyyy'
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: SUMMARY_HEADERS.length } }
  return Buffer.from(await workbook.xlsx.writeBuffer())
}

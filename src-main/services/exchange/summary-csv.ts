import Papa from 'papaparse'
import { neutralizeCell } from '../../shared/exchange/neutralize-cell'
import { SUMMARY_HEADERS, type SummaryRow } from '../../shared/exchange/summary-rows'

const amountFormat = new Intl.NumberFormat('fr-FR', { minimumFractionDigits: 2, maximumFractionDigits: 2 })

/** "150000" cents → "1 500,00" with ordinary spaces, which French Excel and LibreOffice read back as a number. */
export function frenchAmount(cents: number | null): string {
  return cents === null ? '' : amountFormat.format(cents / 100).replace(/[\u00a0\u202f]/g, ' ')
}

/** "2026-11-28" → "28/11/2026". */
export function frenchDate(iso: string | null): string {
  if (!iso) return ''
  const [year, month, day] = iso.split('-')
  return `${day}/${month}/${year}`
}

/**
 * synthese.csv for French Excel: `;`-separated, CRLF, UTF-8 with a byte-order mark (without it Excel reads the
 * accents as Latin-1), every text cell neutralized against formula injection.
 */
export function summaryCsv(rows: readonly SummaryRow[]): Buffer {
  const data = rows.map((row) =>
    [
      row.reference,
      row.title,
      row.partner,
      row.siret,
      row.type,
      row.domains,
      row.status,
      frenchDate(row.startDate),
      frenchDate(row.endDate),
      frenchAmount(row.amountCents),
      String(row.committeeCount),
      frenchDate(row.lastCommitteeOn),
      row.achievementPercent === null ? '' : String(row.achievementPercent),
      row.evaluation
    ].map((cell) => neutralizeCell(cell))
  )
  const text = Papa.unparse(
    { fields: [...SUMMARY_HEADERS], data },
    { delimiter: ';', newline: '\r\n', quotes: false }
  )
  return Buffer.from(`\ufeff${text}\r\n`, 'utf8')
}

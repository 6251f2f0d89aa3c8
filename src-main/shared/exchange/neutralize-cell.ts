/**
 * Spreadsheet programs run a cell that begins with `=`, `+`, `-`, `@`, a tab or a carriage return as a formula
 * (CSV/formula injection). Such text gets a leading apostrophe, which Excel and LibreOffice show as plain text.
 */
const FORMULA_START = /^[=+\-@\t\r]/

export function neutralizeCell(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text
}

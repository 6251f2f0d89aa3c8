import { PRINT_CSS } from './html-print-css'

/**
 * The document's stylesheet as a file of the app, for the on-screen preview: the renderer's Content-Security-Policy
 * forbids inline styles, so the preview links this file instead of carrying a <style> element. It is the print
 * CSS, plus one class per column width (the widths the HTML sets inline for print and PDF).
 */
export const PREVIEW_STYLESHEET_FILE = 'document-preview.css'

/** `col-w-35` for a column of 35 % (rounded to the nearest whole percent). */
export function columnWidthClass(percent: number): string {
  return `col-w-${Math.min(100, Math.max(0, Math.round(percent)))}`
}

export function previewStylesheet(): string {
  const widths = Array.from(
    { length: 101 },
    (_, percent) => `.${columnWidthClass(percent)} { width: ${percent}%; }`
  )
  return `${PRINT_CSS}\n${widths.join('\n')}\n`
}

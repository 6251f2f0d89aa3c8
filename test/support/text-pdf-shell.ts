import { PDF, StandardFonts } from '@libpdf/core'
import type { DocumentShell } from '../../src-main/services/documents/document-shell'

/** The text of an HTML page, one line per block, as a plain printer would lay it out. */
function textLines(html: string): string[] {
  return html
    .replace(/<(style|script|head)[^>]*>[\s\S]*?<\/\1>/g, '')
    .replace(/<\/(p|h\d|li|tr|div|header|footer|section)>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;|&#160;/g, '\u00a0')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .split('\n')
    .map((line) => line.trim().replace(/\u202f/g, '\u00a0'))
    .filter((line) => line !== '')
}

/**
 * A desktop shell whose « printer » writes the text of the print view into a real PDF (no Chromium): enough for
 * services that sign, verify and record PDFs. The PDF's title is the page's, as Chromium makes it.
 */
export function textPdfShell(): DocumentShell {
  return {
    print: async () => undefined,
    showInFolder: async () => undefined,
    printToPdf: async (html) => {
      const pdf = PDF.create()
      const title = /<title>([^<]*)<\/title>/.exec(html)?.[1]
      if (title) pdf.setTitle(title)
      let page = pdf.addPage({ size: 'a4' })
      let y = 800
      for (const line of textLines(html)) {
        if (y < 60) {
          page = pdf.addPage({ size: 'a4' })
          y = 800
        }
        page.drawText(line, { x: 50, y, size: 9, font: StandardFonts.Helvetica, maxWidth: 495 })
        y -= 14 * Math.max(1, Math.ceil(line.length / 110))
      }
      return pdf.save()
    }
  }
}

import { layoutText, rgb, StandardFonts, type PDF, type Standard14FontName } from '@libpdf/core'
import { auditTrailLines, type AuditLine, type AuditTrail } from '../../../shared/signatures/audit-trail'

const A4 = { width: 595.28, height: 841.89 }
const MARGIN = 56
const STYLES: Record<AuditLine['style'], { font: Standard14FontName; size: number; before: number }> = {
  title: { font: StandardFonts.HelveticaBold, size: 16, before: 0 },
  heading: { font: StandardFonts.HelveticaBold, size: 11, before: 14 },
  body: { font: StandardFonts.Helvetica, size: 10, before: 2 },
  small: { font: StandardFonts.Helvetica, size: 8, before: 4 }
}

// The standard fonts speak WinAnsi, which has the no-break space but not its narrow variant.
const winAnsi = (text: string) => text.replace(/\u202f/g, '\u00a0')

/** Appends the audit trail as a new A4 page (or more, for a long trail) at the end of the document. */
export function addAuditPage(pdf: PDF, trail: AuditTrail): void {
  const width = A4.width - 2 * MARGIN
  let page = pdf.addPage({ size: 'a4' })
  let y = A4.height - MARGIN
  for (const line of auditTrailLines(trail)) {
    const style = STYLES[line.style]
    const text = winAnsi(line.text)
    const lineHeight = style.size * 1.3
    const height = layoutText(text, style.font, style.size, width, lineHeight).lines.length * lineHeight
    if (y - style.before - height < MARGIN) {
      page = pdf.addPage({ size: 'a4' })
      y = A4.height - MARGIN
    }
    y -= style.before + style.size
    page.drawText(text, {
      x: MARGIN,
      y,
      font: style.font,
      size: style.size,
      maxWidth: width,
      lineHeight,
      color: rgb(0, 0, 0)
    })
    y -= height - style.size + 4
  }
}

/**
 * Print CSS of the HTML rendering: A4, the margins of the DOCX, the fonts Word users have (Times New Roman on Windows
 * and macOS; Liberation Serif, its metric twin, elsewhere), justified and hyphenated French, headings and introductory
 * lines kept with what follows. A constant string, so the preview can also ship it as a stylesheet file. The running
 * header and « Page X / Y » come from `pageBoxesCss`, per document.
 */
export const PRINT_CSS = `
@page { size: A4; margin: 25mm 20mm 22mm 20mm; }
* { box-sizing: border-box; }
body { font-family: "Times New Roman", "Liberation Serif", Tinos, serif; hyphens: auto; -webkit-hyphens: auto; font-size: 11pt; line-height: 1.4; color: #111; margin: 0; }
.doc { max-width: 170mm; margin: 0 auto; padding: 8mm 0; }
.doc-reference { font-size: 9pt; color: #444; text-align: right; margin: 0 0 6mm; }
h1 { font-size: 18pt; text-align: center; margin: 0 0 2mm; }
.subtitle { text-align: center; font-style: italic; margin: 0 0 8mm; }
h2 { font-size: 12pt; margin: 6mm 0 2mm; break-after: avoid; page-break-after: avoid; }
h3 { font-size: 11pt; margin: 4mm 0 1mm; break-after: avoid; page-break-after: avoid; }
p { margin: 0 0 2.5mm; text-align: justify; orphans: 3; widows: 3; }
.keep-next { break-after: avoid; page-break-after: avoid; }
.closing { font-style: italic; }
a { color: inherit; text-decoration: none; }
.between { font-weight: bold; margin-top: 4mm; }
.party p { margin: 0; }
.party { margin: 0 0 3mm; }
table { width: 100%; border-collapse: collapse; margin: 2mm 0 4mm; font-size: 10pt; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
caption { text-align: left; font-weight: bold; margin-bottom: 1mm; }
th, td { border: 0.5pt solid #777; padding: 1.2mm 2mm; vertical-align: top; }
th { background: #eee; text-align: left; }
.right { text-align: right; }
tfoot td { font-weight: bold; }
.signature { break-inside: avoid; page-break-inside: avoid; margin-top: 8mm; }
.signature-columns { display: flex; gap: 10mm; }
.signature-column { flex: 1; min-height: 35mm; }
.signature-column img { max-width: 60mm; max-height: 25mm; display: block; }
.annex, .certificate { break-before: page; page-break-before: always; }
.fingerprint { font-family: "Courier New", "Liberation Mono", monospace; font-size: 9pt; word-break: break-all; }
.doc-footer { font-size: 8pt; color: #555; border-top: 0.5pt solid #999; margin-top: 10mm; padding-top: 2mm; }
@media print { .draft::before { content: "PROJET"; position: fixed; top: 45%; left: 0; right: 0; text-align: center; font-size: 96pt; color: rgba(0, 0, 0, 0.08); transform: rotate(-45deg); z-index: -1; } }
@media screen { body { background: #f3f3f3; } .doc { background: #fff; padding: 15mm 20mm; box-shadow: 0 0 4px #aaa; } }
`

function cssString(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, ' ').replace(/</g, '\\3C ')}"`
}

/** The running header and « Page X / Y » of printed pages, through CSS paged media margin boxes. */
export function pageBoxesCss({ header, footer }: { header: string; footer: string }): string {
  const small = 'font-family: "Times New Roman", "Liberation Serif", serif; font-size: 8pt; color: #555;'
  return `@page { @top-right { content: ${cssString(header)}; ${small} } @bottom-left { content: ${cssString(footer)}; ${small} } @bottom-right { content: "Page " counter(page) " / " counter(pages); ${small} } }`
}

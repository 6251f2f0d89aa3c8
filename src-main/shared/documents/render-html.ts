import type {
  Block,
  Clause,
  DocumentModel,
  Inline,
  SignatureCertificate,
  SignatureColumn
} from './document-model'
import { articleBookmark } from './cross-references'
import { pageBoxesCss, PRINT_CSS } from './html-print-css'

/**
 * The document as one self-contained HTML page (preview, print, PDF). Pure string building: every piece of text
 * is escaped, and the only images are PNG data URLs validated when the signature was recorded.
 */

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
}

function renderInline(inline: Inline): string {
  if (typeof inline === 'string') return escapeHtml(inline)
  let html = escapeHtml(inline.text)
  if (inline.crossReference) html = `<a href="#${escapeHtml(inline.crossReference)}">${html}</a>`
  if (inline.bold) html = `<strong>${html}</strong>`
  if (inline.italic) html = `<em>${html}</em>`
  return html
}

function renderBlock(block: Block): string {
  switch (block.kind) {
    case 'paragraph': {
      // A paragraph that introduces what follows (« La Poste s’engage à : ») stays with it on the page.
      const last = block.runs.at(-1)
      const introduces = last !== undefined && /:\s*$/.test(typeof last === 'string' ? last : last.text)
      return `<p${introduces ? ' class="keep-next"' : ''}>${block.runs.map(renderInline).join('')}</p>`
    }
    case 'list':
      return `<ul>${block.items.map((item) => `<li>${item.map(renderInline).join('')}</li>`).join('')}</ul>`
    case 'table': {
      const align = (index: number) => (block.columns[index]?.align === 'right' ? ' class="right"' : '')
      const head = block.columns
        .map(
          (column, index) =>
            `<th scope="col" style="width:${column.width}%"${align(index)}>${escapeHtml(column.label)}</th>`
        )
        .join('')
      const rows = block.rows
        .map(
          (row) =>
            `<tr>${row.map((cell, index) => `<td${align(index)}>${escapeHtml(cell)}</td>`).join('')}</tr>`
        )
        .join('')
      const total = block.total
        ? `<tfoot><tr>${block.total.map((cell, index) => `<td${align(index)}>${escapeHtml(cell)}</td>`).join('')}</tr></tfoot>`
        : ''
      return `<table><caption>${escapeHtml(block.caption)}</caption><thead><tr>${head}</tr></thead><tbody>${rows}</tbody>${total}</table>`
    }
  }
}

const DATA_URL_PNG = /^data:image\/png;base64,[A-Za-z0-9+/]+={0,2}$/

function renderSignatureColumn(column: SignatureColumn): string {
  const image =
    column.image && DATA_URL_PNG.test(column.image.dataUrl)
      ? `<img src="${column.image.dataUrl}" alt="Signature de ${escapeHtml(column.signerName)}">`
      : ''
  const signedAt = column.signedAtText ? `<p>${escapeHtml(column.signedAtText)}</p>` : ''
  return `<div class="signature-column"><p><strong>Pour ${escapeHtml(column.partyName)}</strong></p><p>${escapeHtml(column.signerName)}</p><p>${escapeHtml(column.signerTitle)}</p>${image}${signedAt}</div>`
}

function renderCertificate(certificate: SignatureCertificate): string {
  const rows = certificate.entries
    .map(
      (entry) =>
        `<tr><td>${escapeHtml(entry.signerName)}</td><td>${escapeHtml(entry.partyName)}</td><td>${escapeHtml(entry.signedAtText)}</td><td>${escapeHtml(entry.placeText)}</td><td>${escapeHtml(entry.methodText)}</td></tr>`
    )
    .join('')
  return `<section class="certificate"><h2>${escapeHtml(certificate.title)}</h2><p>${escapeHtml(certificate.intro)}</p><p class="fingerprint">SHA-256\u00a0: ${escapeHtml(certificate.signedDocumentFingerprint)}</p><table><caption>Signatures</caption><thead><tr><th>Signataire</th><th>Partie</th><th>Date et heure</th><th>Lieu</th><th>Procédé</th></tr></thead><tbody>${rows}</tbody></table></section>`
}

/** Article heading, the same words in HTML and in DOCX: « Article 3 — Engagements du Partenaire ». */
export function articleHeading(number: number, title: string): string {
  return `Article ${number} — ${title}`
}

/** Sub-clause heading, the same in HTML and DOCX: « 4.2 Rémunération », or the number alone. */
export function clauseHeading(clause: Pick<Clause, 'number' | 'title'>): string {
  return clause.title ? `${clause.number} ${clause.title}` : clause.number
}

function renderClause(clause: Clause): string {
  return `<section class="clause"><h3>${escapeHtml(clauseHeading(clause))}</h3>${clause.blocks.map(renderBlock).join('')}</section>`
}

/**
 * The footer line: reference, kind and version, or « aperçu — non émis » for a preview. No fingerprint: the one
 * « empreinte » users meet is the SHA-256 of the issued file (versions list, verification, signature certificate),
 * which a file cannot print about itself.
 */
export function footerText(model: DocumentModel): string {
  const { meta } = model
  if (meta.preview)
    return `${meta.reference} · ${meta.kindLabel} · aperçu — non émis (deviendra la version ${meta.version} une fois généré)`
  return `${meta.reference} · ${meta.kindLabel} · version ${meta.version}`
}

/** The running header: « Convention n° AD-2026-33-0042 ». */
export function headerText(model: DocumentModel): string {
  return `${model.kind === 'amendment' ? 'Avenant' : 'Convention'} n° ${model.meta.reference}`
}

/**
 * The document as one self-contained HTML page. With `documentId` (a PDF about to be recorded as a version), the
 * page title carries the id: Chromium writes the title into the PDF's properties, so a modified copy of the PDF
 * can later be told from an unknown file, as the DOCX's custom property does for Word files.
 */
export function renderDocumentHtml(
  model: DocumentModel,
  { documentId }: { documentId?: string } = {}
): string {
  const parties = model.parties
    .map(
      (party, index) =>
        `${index > 0 ? '<p class="between">Et</p>' : ''}<div class="party"><p><strong>${escapeHtml(party.name)}</strong>,</p>${party.details.map((line) => `<p>${escapeHtml(line)},</p>`).join('')}<p>représentée par ${escapeHtml(party.representedBy)},</p><p>ci-après dénommée «\u202f${escapeHtml(party.designation)}\u202f»,</p><p class="closing">${escapeHtml(party.closing)}</p></div>`
    )
    .join('')
  const articles = model.articles
    .map(
      (article) =>
        `<section class="article"><h2 id="${articleBookmark(article.key)}">${escapeHtml(articleHeading(article.number, article.title))}</h2>${article.blocks.map(renderBlock).join('')}${article.clauses.map(renderClause).join('')}</section>`
    )
    .join('')
  const annexes = model.annexes
    .map(
      (annex) =>
        `<section class="annex"><h2>${escapeHtml(annex.title)}</h2>${annex.blocks.map(renderBlock).join('')}</section>`
    )
    .join('')
  const signature = `<section class="signature"><p>${escapeHtml(model.signature.madeAt)}</p><div class="signature-columns">${model.signature.columns.map(renderSignatureColumn).join('')}</div></section>`
  const certificate = model.certificate ? renderCertificate(model.certificate) : ''
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'"><title>${escapeHtml(`${model.title} ${model.meta.reference}${documentId ? ` · ${documentId}` : ''}`)}</title><style>${PRINT_CSS}${pageBoxesCss({ header: headerText(model), footer: footerText(model) })}</style></head><body><main class="doc${model.meta.draft ? ' draft' : ''}"><p class="doc-reference">${escapeHtml(model.meta.reference)}</p><h1>${escapeHtml(model.title)}</h1><p class="subtitle">${escapeHtml(model.subtitle)}</p><p class="between">Entre les soussignés\u00a0:</p>${parties}${model.partiesNote ? `<p>${escapeHtml(model.partiesNote)}</p>` : ''}<h2>Préambule</h2>${model.preamble.map(renderBlock).join('')}${articles}${signature}${annexes}${certificate}<p class="doc-footer">${escapeHtml(footerText(model))}</p></main></body></html>`
}

import { Document, Footer, Header, HeadingLevel, Packer, Paragraph, TextRun } from 'docx'
import { strFromU8, strToU8, unzipSync } from 'fflate'
import type { DocumentModel, SignatureImage } from '../../../shared/documents/document-model'
import { footerText } from '../../../shared/documents/render-html'
import { ARTICLE_NUMBERING, BODY_STYLE, DOCUMENT_NUMBERING, DOCUMENT_STYLES } from './docx-styles'
import { DOCUMENT_ID_PROPERTY, documentBodyXml, footerXml, headerXml } from './render-docx'
import { escapeXml } from './wordml'
import { zipArchive, zipEntry, type ZipEntry } from './zip-writer'

/**
 * The parts every convention shares (styles, numbering, theme, fonts, notes, content types) and the opening tags of
 * the others, written once by the `docx` library from the same styles and numbering as the app's other Word files;
 * each document then writes only its own text and properties, and only those are compressed.
 */
interface PackageTemplate {
  /** Compressed once. */
  shared: ZipEntry[]
  documentOpen: string
  headerOpen: string
  footerOpen: string
  settings: string
}

const SHARED_PARTS = [
  '_rels/.rels',
  '[Content_Types].xml',
  'docProps/app.xml',
  'word/styles.xml',
  'word/numbering.xml',
  'word/footnotes.xml',
  'word/_rels/footnotes.xml.rels',
  'word/endnotes.xml',
  'word/_rels/endnotes.xml.rels',
  'word/fontTable.xml',
  'word/_rels/fontTable.xml.rels',
  'word/theme/theme1.xml',
  'word/_rels/header1.xml.rels',
  'word/_rels/footer1.xml.rels'
]

/** The text of a part up to (not including) `marker`. */
function before(xml: string, marker: string): string {
  const end = xml.indexOf(marker)
  if (end < 0) throw new Error(`Modèle Word incomplet : ${marker} introuvable.`)
  return xml.slice(0, end)
}

async function buildTemplate(): Promise<PackageTemplate> {
  const line = (text: string) => new Paragraph({ children: [new TextRun(text)] })
  const bytes = await Packer.toBuffer(
    new Document({
      styles: DOCUMENT_STYLES,
      numbering: DOCUMENT_NUMBERING,
      hyphenation: { autoHyphenation: true, hyphenationZone: 357, consecutiveHyphenLimit: 2 },
      sections: [
        {
          headers: { default: new Header({ children: [line('en-tête')] }) },
          footers: { default: new Footer({ children: [line('pied de page')] }) },
          children: [
            new Paragraph({
              heading: HeadingLevel.HEADING_1,
              numbering: { reference: ARTICLE_NUMBERING, level: 0 },
              children: [new TextRun('Article')]
            }),
            new Paragraph({ style: BODY_STYLE, bullet: { level: 0 }, children: [new TextRun('Alinéa')] })
          ]
        }
      ]
    })
  )
  const parts = unzipSync(bytes)
  const part = (name: string): Uint8Array => {
    const found = parts[name]
    if (!found) throw new Error(`Modèle Word incomplet : ${name} manquant.`)
    return found
  }
  return {
    shared: SHARED_PARTS.map((name) => zipEntry(name, part(name))),
    documentOpen: `${before(strFromU8(part('word/document.xml')), '<w:body>')}<w:body>`,
    headerOpen: before(strFromU8(part('word/header1.xml')), '<w:p>'),
    footerOpen: before(strFromU8(part('word/footer1.xml')), '<w:p>'),
    settings: strFromU8(part('word/settings.xml'))
  }
}

let template: Promise<PackageTemplate> | undefined

/** Built at the first document of the process, then reused; a failed build is tried again at the next document. */
function packageTemplate(): Promise<PackageTemplate> {
  template ??= buildTemplate().catch((error: unknown) => {
    template = undefined
    throw error
  })
  return template
}

const RELATIONSHIP = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'

function documentRelationships(imageCount: number): string {
  const targets = [
    ['styles', 'styles.xml'],
    ['numbering', 'numbering.xml'],
    ['footnotes', 'footnotes.xml'],
    ['endnotes', 'endnotes.xml'],
    ['settings', 'settings.xml'],
    ['header', 'header1.xml'],
    ['footer', 'footer1.xml'],
    ['theme', 'theme/theme1.xml'],
    // rId9 onwards, as `documentBodyXml` numbers them.
    ...Array.from({ length: imageCount }, (_, index) => ['image', `media/image${index + 1}.png`]),
    ['fontTable', 'fontTable.xml']
  ]
  const relationships = targets.map(
    ([type, target], index) =>
      `<Relationship Id="rId${index + 1}" Type="${RELATIONSHIP}/${type}" Target="${target}"/>`
  )
  return `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${relationships.join('')}</Relationships>`
}

function coreProperties(model: DocumentModel, author: string, at: string): string {
  const element = (tag: string, value: string) => `<${tag}>${escapeXml(value)}</${tag}>`
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    element('dc:title', `${model.title} ${model.meta.reference}`) +
    element('dc:subject', model.subtitle) +
    element('dc:creator', author) +
    element('cp:keywords', model.meta.reference) +
    element('dc:description', footerText(model)) +
    element('cp:lastModifiedBy', author) +
    '<cp:revision>1</cp:revision>' +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${at}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${at}</dcterms:modified></cp:coreProperties>`
  )
}

function customProperties(entries: ReadonlyArray<readonly [string, string]>): string {
  const properties = entries.map(
    ([name, value], index) =>
      `<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="${index + 2}" name="${escapeXml(name)}"><vt:lpwstr>${escapeXml(value)}</vt:lpwstr></property>`
  )
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">${properties.join('')}</Properties>`
}

/** A signed version is final: Word opens it read-only (changing it means an amendment, not an edit). */
function settingsOf(settings: string, final: boolean): string {
  if (!final) return settings
  return settings.replace(
    '<w:displayBackgroundShape/>',
    '<w:displayBackgroundShape/><w:documentProtection w:edit="readOnly" w:enforcement="true"/>'
  )
}

function pngBytes(image: SignatureImage): Uint8Array {
  return Buffer.from(image.dataUrl.slice(image.dataUrl.indexOf(',') + 1), 'base64')
}

/** The DOCX file of a model: its Word parts written as text, zipped with the shared ones. */
export async function packDocument(
  model: DocumentModel,
  documentId: string,
  at = new Date()
): Promise<Uint8Array> {
  const shared = await packageTemplate()
  const author = model.meta.author?.trim() || 'Alliance Conventions'
  const { body, images } = documentBodyXml(model)
  const entry = (name: string, xml: string) => zipEntry(name, strToU8(xml))
  return zipArchive([
    ...shared.shared,
    entry('word/document.xml', `${shared.documentOpen}${body}</w:body></w:document>`),
    entry('word/_rels/document.xml.rels', documentRelationships(images.length)),
    entry('word/header1.xml', `${shared.headerOpen}${headerXml(model)}</w:hdr>`),
    entry('word/footer1.xml', `${shared.footerOpen}${footerXml(model)}</w:ftr>`),
    entry('word/settings.xml', settingsOf(shared.settings, model.meta.final === true)),
    entry('docProps/core.xml', coreProperties(model, author, at.toISOString())),
    entry(
      'docProps/custom.xml',
      customProperties([
        [DOCUMENT_ID_PROPERTY, documentId],
        ['AllianceReference', model.meta.reference],
        ['AllianceVersion', String(model.meta.version)],
        ['AllianceStatus', model.meta.kindLabel]
      ])
    ),
    ...images.map((image, index) => zipEntry(`word/media/image${index + 1}.png`, pngBytes(image)))
  ])
}

import { articleBookmark } from '../../../shared/documents/cross-references'
import type { Article, DocumentModel, SignatureImage } from '../../../shared/documents/document-model'
import { estimatePageCount } from '../../../shared/documents/page-estimate'
import { footerText, headerText } from '../../../shared/documents/render-html'
import { BODY_STYLE, FOOTER_STYLE, PARTY_STYLE } from './docx-styles'
import { blocksXml } from './wordml-blocks'
import { certificateXml, signatureBlockXml, type PlacedImage } from './wordml-signature'
import { ARTICLES_NUM_ID, escapeXml, paragraph, simpleField, textRun } from './wordml'

/** Identifies a generated file among the recorded versions, even once its bytes were changed (see verification). */
export const DOCUMENT_ID_PROPERTY = 'AllianceDocumentId'

/** The relationships of `document.xml` before its images: styles … footer (rId1–rId7), theme (rId8). */
export const FIRST_IMAGE_RELATIONSHIP = 9

/**
 * A4 in twips, with 2.5 cm at the top for the header and 2 cm elsewhere; the header and footer are the package's
 * relationships rId6 and rId7.
 */
const SECTION =
  '<w:sectPr><w:headerReference w:type="default" r:id="rId6"/><w:footerReference w:type="default" r:id="rId7"/>' +
  '<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>' +
  '<w:pgMar w:top="1417" w:right="1134" w:bottom="1247" w:left="1134" w:header="567" w:footer="567" w:gutter="0"/>' +
  '<w:pgNumType/><w:docGrid w:linePitch="360"/></w:sectPr>'

/** Word's own watermark: « PROJET » in grey WordArt, diagonal across every page of a draft. */
const DRAFT_WATERMARK =
  '<w:r><w:pict><v:shapetype id="_x0000_t136" coordsize="21600,21600" o:spt="136" adj="10800" path="m@7,l@8,m@5,21600l@6,21600e">' +
  '<v:formulas><v:f eqn="sum #0 0 10800"/><v:f eqn="prod #0 2 1"/><v:f eqn="sum 21600 0 @1"/><v:f eqn="sum 0 0 @2"/><v:f eqn="sum 21600 0 @3"/><v:f eqn="if @0 @3 0"/><v:f eqn="if @0 21600 @1"/><v:f eqn="if @0 0 @2"/><v:f eqn="if @0 @4 21600"/><v:f eqn="mid @5 @6"/><v:f eqn="mid @8 @5"/><v:f eqn="mid @7 @8"/><v:f eqn="mid @6 @7"/><v:f eqn="sum @6 0 @5"/></v:formulas>' +
  '<v:path textpathok="t" o:connecttype="custom" o:connectlocs="@9,0;@10,10800;@11,21600;@12,10800" o:connectangles="270,180,90,0"/><v:textpath on="t" fitshape="t"/><v:handles><v:h position="#0,bottomRight" xrange="6629,14971"/></v:handles><o:lock v:ext="edit" text="t" shapetype="t"/></v:shapetype>' +
  '<v:shape id="PowerPlusWaterMarkObject1" type="#_x0000_t136" style="position:absolute;margin-left:0;margin-top:0;width:527.85pt;height:109.97pt;rotation:315;z-index:-251657216;mso-position-horizontal:center;mso-position-horizontal-relative:margin;mso-position-vertical:center;mso-position-vertical-relative:margin" o:allowincell="f" fillcolor="#C0C0C0" stroked="f">' +
  '<v:fill opacity="0.35"/><v:textpath style="font-family:&quot;Times New Roman&quot;;font-size:1pt" string="PROJET"/></v:shape></w:pict></w:r>'

/** The page header's paragraph, with the watermark on drafts. */
export function headerXml(model: DocumentModel): string {
  return paragraph(
    { style: FOOTER_STYLE, align: 'right' },
    textRun(headerText(model)) + (model.meta.draft ? DRAFT_WATERMARK : '')
  )
}

/**
 * PAGE and NUMPAGES fields with cached values (1 and the estimated count), so previewers that do not lay the file
 * out still read « Page 1 / 7 »; Word and LibreOffice recompute both on every page.
 */
export function footerXml(model: DocumentModel): string {
  return (
    paragraph(
      { style: FOOTER_STYLE },
      textRun('Page ') +
        simpleField('PAGE', '1') +
        textRun(' / ') +
        simpleField('NUMPAGES', String(estimatePageCount(model)))
    ) + paragraph({ style: FOOTER_STYLE }, textRun(footerText(model)))
  )
}

function partiesXml(model: DocumentModel): string {
  const line = (text: string) => paragraph({ style: PARTY_STYLE, keepNext: true }, textRun(text))
  let xml = paragraph(
    { style: BODY_STYLE, keepNext: true },
    textRun('Entre les soussignés\u00a0:', { bold: true })
  )
  model.parties.forEach((party, index) => {
    if (index > 0)
      xml += paragraph(
        { style: BODY_STYLE, keepNext: true, spacing: { before: 120 } },
        textRun('Et', { bold: true })
      )
    xml += paragraph(
      { style: PARTY_STYLE, keepNext: true },
      textRun(party.name, { bold: true }) + textRun(',')
    )
    for (const detail of party.details) xml += line(`${detail},`)
    xml +=
      line(`représentée par ${party.representedBy},`) +
      line(`ci-après dénommée «\u202f${party.designation}\u202f»,`) +
      paragraph({ style: PARTY_STYLE }, textRun(party.closing, { italic: true }))
  })
  if (model.partiesNote)
    xml += paragraph({ style: BODY_STYLE, spacing: { before: 120 } }, textRun(model.partiesNote))
  return xml
}

/** « Article 4 — Terms », numbered by the list and bookmarked for cross-references; sub-clauses « 4.2 … ». */
function articleXml(article: Article, bookmarkId: number): string {
  const bookmark = escapeXml(articleBookmark(article.key))
  let xml =
    paragraph(
      { style: 'Heading1', numbering: { numId: ARTICLES_NUM_ID, level: 0 } },
      `<w:bookmarkStart w:name="${bookmark}" w:id="${bookmarkId}"/>${textRun(`— ${article.title}`)}<w:bookmarkEnd w:id="${bookmarkId}"/>`
    ) + blocksXml(article.blocks)
  for (const clause of article.clauses)
    xml +=
      paragraph(
        { style: 'Heading2', keepNext: true, numbering: { numId: ARTICLES_NUM_ID, level: 1 } },
        textRun(clause.title ?? '')
      ) + blocksXml(clause.blocks)
  return xml
}

/** The body of `document.xml` and the signature images it places (rId9, rId10…, in order). */
export function documentBodyXml(model: DocumentModel): { body: string; images: SignatureImage[] } {
  const images: SignatureImage[] = []
  const placeImage = (image: SignatureImage): PlacedImage => {
    images.push(image)
    return {
      image,
      relationshipId: `rId${FIRST_IMAGE_RELATIONSHIP + images.length - 1}`,
      drawingId: images.length
    }
  }
  let body =
    paragraph({ style: 'Title' }, textRun(model.title)) +
    paragraph(
      { style: BODY_STYLE, spacing: { after: 360 }, align: 'center' },
      textRun(model.subtitle, { italic: true })
    ) +
    partiesXml(model) +
    paragraph({ style: 'Heading1' }, textRun('Préambule')) +
    blocksXml(model.preamble)
  model.articles.forEach((article, index) => {
    body += articleXml(article, index + 1)
  })
  body += signatureBlockXml(model.signature, placeImage)
  for (const annex of model.annexes)
    body +=
      paragraph({ style: 'Heading1', pageBreakBefore: true }, textRun(annex.title)) + blocksXml(annex.blocks)
  if (model.certificate) body += certificateXml(model.certificate)
  return { body: body + SECTION, images }
}

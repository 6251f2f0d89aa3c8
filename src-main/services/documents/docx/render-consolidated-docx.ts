import {
  AlignmentType,
  DeletedTextRun,
  Document,
  HeadingLevel,
  InsertedTextRun,
  Paragraph,
  TextRun
} from 'docx'
import {
  consolidatedSubtitle,
  type ConsolidatedDocument
} from '../../../shared/amendments/consolidated-document'
import type { Segment, TextUnit } from '../../../shared/amendments/consolidated-text'
import { BODY_STYLE, DOCUMENT_NUMBERING, DOCUMENT_STYLES } from './docx-styles'

/**
 * The convention as amended, as Word tracked changes: what each amendment deleted is a deletion (w:del) and what it
 * inserted an insertion (w:ins), both by « Avenant n° N » on its date, so the reader can review or accept them;
 * accepting all gives the clean consolidated text. Article numbers stay as signed (« 7 bis », « supprimé »).
 */
export function renderConsolidatedDocx(document: ConsolidatedDocument): Document {
  let revision = 0
  const dates = new Map(document.amendments.map((each) => [each.number, each.date]))
  const change = (amendment: number | undefined) => ({
    id: (revision += 1),
    author: `Avenant n° ${amendment ?? 0}`,
    date: dates.get(amendment ?? 0) ?? new Date(0).toISOString()
  })
  const run = (segment: Segment, bold = false) => {
    if (segment.change === 'inserted')
      return new InsertedTextRun({ text: segment.text, bold, ...change(segment.amendment) })
    if (segment.change === 'deleted')
      return new DeletedTextRun({ text: segment.text, bold, ...change(segment.amendment) })
    return new TextRun({ text: segment.text, bold })
  }
  const heading = (unit: TextUnit, text: string, level: 'article' | 'clause') => {
    const segment: Segment =
      unit.addedBy !== undefined
        ? { text, change: 'inserted', amendment: unit.addedBy }
        : unit.deletedBy !== undefined
          ? { text, change: 'deleted', amendment: unit.deletedBy }
          : { text }
    return new Paragraph({
      heading: level === 'article' ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
      children: [run(segment, true)]
    })
  }
  const unitParagraphs = (unit: TextUnit) =>
    unit.paragraphs.map(
      (paragraph) => new Paragraph({ style: BODY_STYLE, children: paragraph.map((segment) => run(segment)) })
    )
  const body = document.text.articles.flatMap((article) => [
    heading(article, `Article ${article.number} — ${article.title}`, 'article'),
    ...unitParagraphs(article),
    ...article.clauses.flatMap((clause) => [
      heading(clause, `${clause.number}${clause.title ? ` ${clause.title}` : ''}`, 'clause'),
      ...unitParagraphs(clause)
    ])
  ])
  return new Document({
    creator: document.author,
    lastModifiedBy: document.author,
    title: `${document.title} — version consolidée`,
    subject: consolidatedSubtitle(document),
    keywords: document.reference,
    styles: DOCUMENT_STYLES,
    numbering: DOCUMENT_NUMBERING,
    sections: [
      {
        children: [
          new Paragraph({
            heading: HeadingLevel.TITLE,
            children: [new TextRun('Convention de partenariat — version consolidée')]
          }),
          new Paragraph({
            style: BODY_STYLE,
            alignment: AlignmentType.CENTER,
            keepNext: true,
            // The reference never breaks at its hyphens: it is read and searched as one word.
            children: [
              new TextRun({
                text: `n° ${document.reference.replace(/-/g, '\u2011')} — ${document.title}`,
                bold: true
              })
            ]
          }),
          new Paragraph({
            style: BODY_STYLE,
            alignment: AlignmentType.CENTER,
            children: [new TextRun({ text: consolidatedSubtitle(document), italics: true })]
          }),
          new Paragraph({
            style: BODY_STYLE,
            alignment: AlignmentType.CENTER,
            spacing: { after: 360 },
            children: [
              new TextRun({
                text: 'Document de travail : seuls la convention signée et ses avenants signés font foi. Les modifications apportées par chaque avenant apparaissent en marques de révision.',
                italics: true,
                size: 18
              })
            ]
          }),
          ...body
        ]
      }
    ]
  })
}

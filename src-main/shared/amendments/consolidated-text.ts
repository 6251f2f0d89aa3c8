import { inlineText, type Block, type DocumentModel } from '../documents/document-model'

/**
 * The text of a convention as amendments see it: articles and their numbered sub-clauses, each a list of paragraphs
 * (alinéas) made of segments. A segment inserted or deleted by an amendment keeps its number, so the same structure
 * gives the consolidated text (visible segments) and the tracked changes of the Word version.
 */
export interface Segment {
  text: string
  change?: 'inserted' | 'deleted'
  /** Number of the amendment that made the change. */
  amendment?: number
}

export type TextParagraph = Segment[]

/** An article or a sub-clause: what an amendment can name. */
export interface TextUnit {
  key: string
  /** « 4 », « 4.2 », « 7 bis ». */
  number: string
  title: string
  paragraphs: TextParagraph[]
  /** Number of the amendment that deleted it. */
  deletedBy?: number
  /** Number of the amendment that added it. */
  addedBy?: number
}

export interface TextArticle extends TextUnit {
  clauses: TextUnit[]
}

export interface ConsolidatedText {
  articles: TextArticle[]
}

function blockParagraphs(block: Block): string[] {
  if (block.kind === 'paragraph') return [block.runs.map(inlineText).join('')]
  if (block.kind === 'list') return block.items.map((item) => `– ${item.map(inlineText).join('')}`)
  const row = (cells: readonly string[]) =>
    cells.map((cell, index) => `${block.columns[index]?.label ?? ''} : ${cell}`).join(' ; ')
  return [
    block.caption,
    ...block.rows.map(row),
    ...(block.total ? [block.total.filter((cell) => cell !== '').join(' : ')] : [])
  ]
}

function paragraphsOf(blocks: readonly Block[]): TextParagraph[] {
  return blocks.flatMap(blockParagraphs).map((text) => [{ text }])
}

/** The articles of a convention model, as plain unchanged paragraphs. */
export function textOfModel(model: DocumentModel): ConsolidatedText {
  return {
    articles: model.articles.map((article) => ({
      key: article.key,
      number: String(article.number),
      title: article.title,
      paragraphs: paragraphsOf(article.blocks),
      clauses: article.clauses.map((clause) => ({
        key: clause.key,
        number: clause.number,
        title: clause.title ?? '',
        paragraphs: paragraphsOf(clause.blocks)
      }))
    }))
  }
}

/** What a paragraph reads once its changes are accepted. */
export function visibleText(paragraph: TextParagraph): string {
  return paragraph
    .filter((segment) => segment.change !== 'deleted')
    .map((segment) => segment.text)
    .join('')
}

/** The paragraphs a reader sees today, in order (an entirely deleted paragraph is gone). */
export function currentParagraphs(unit: TextUnit): string[] {
  return unit.paragraphs.map(visibleText).filter((text) => text !== '')
}

/** Index in `unit.paragraphs` of its n-th visible paragraph (from 1), or -1. */
export function paragraphIndex(unit: TextUnit, visibleNumber: number): number {
  let seen = 0
  for (const [index, paragraph] of unit.paragraphs.entries())
    if (visibleText(paragraph) !== '' && ++seen === visibleNumber) return index
  return -1
}

export interface FoundTarget {
  article: TextArticle
  clause: TextUnit | null
  /** The unit named: the clause, or the article itself. */
  unit: TextUnit
}

/** The article or sub-clause named by its keys, unless an amendment deleted it. */
export function findTarget(
  text: ConsolidatedText,
  target: { articleKey: string; clauseKey: string | null }
): FoundTarget | null {
  const article = text.articles.find((candidate) => candidate.key === target.articleKey)
  if (!article || article.deletedBy !== undefined) return null
  if (target.clauseKey === null) return { article, clause: null, unit: article }
  const clause = article.clauses.find((candidate) => candidate.key === target.clauseKey)
  if (!clause || clause.deletedBy !== undefined) return null
  return { article, clause, unit: clause }
}

/** The whole text as a reader sees it once every change is accepted: one line per heading and paragraph. */
export function cleanLines(text: ConsolidatedText): string[] {
  const unitLines = (unit: TextUnit, heading: string) =>
    unit.deletedBy !== undefined ? [] : [heading, ...currentParagraphs(unit)]
  return text.articles.flatMap((article) => [
    ...unitLines(article, `Article ${article.number} — ${article.title}`),
    ...(article.deletedBy !== undefined
      ? []
      : article.clauses.flatMap((clause) =>
          unitLines(clause, `${clause.number}${clause.title ? ` ${clause.title}` : ''}`)
        ))
  ])
}

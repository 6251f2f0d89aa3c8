import type { WordingChange } from './amendment-change.schema'
import { AmendmentProblem } from './amendment-problem'
import {
  findTarget,
  paragraphIndex,
  visibleText,
  type ConsolidatedText,
  type Segment,
  type TextArticle,
  type TextParagraph,
  type TextUnit
} from './consolidated-text'

const LATIN_SUFFIXES = [
  'bis',
  'ter',
  'quater',
  'quinquies',
  'sexies',
  'septies',
  'octies',
  'nonies',
  'decies'
]

function deleteAll(unit: TextUnit, amendment: number): void {
  unit.paragraphs = unit.paragraphs.map((paragraph) =>
    paragraph.map((segment): Segment =>
      segment.change === 'deleted' ? segment : { text: segment.text, change: 'deleted', amendment }
    )
  )
}

function insertedParagraphs(text: string, amendment: number): TextParagraph[] {
  return text
    .split(/\n+/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => [{ text: line, change: 'inserted', amendment }])
}

/** Marks the visible characters [start, end) deleted and inserts `replacement` right after them. */
function replaceRange(
  paragraph: TextParagraph,
  start: number,
  end: number,
  replacement: string,
  amendment: number
): TextParagraph {
  const result: Segment[] = []
  let offset = 0
  let inserted = false
  const insert = () => {
    if (!inserted) result.push({ text: replacement, change: 'inserted', amendment })
    inserted = true
  }
  for (const segment of paragraph) {
    if (segment.change === 'deleted') {
      result.push(segment)
      continue
    }
    const from = offset
    const to = offset + segment.text.length
    offset = to
    const cutStart = Math.max(start, from)
    const cutEnd = Math.min(end, to)
    if (cutStart >= cutEnd) {
      if (from >= end) insert()
      result.push(segment)
      continue
    }
    const keep = (text: string): Segment => ({ ...segment, text })
    if (cutStart > from) result.push(keep(segment.text.slice(0, cutStart - from)))
    result.push({ text: segment.text.slice(cutStart - from, cutEnd - from), change: 'deleted', amendment })
    if (cutEnd === end) insert()
    if (cutEnd < to) result.push(keep(segment.text.slice(cutEnd - from)))
  }
  insert()
  return result
}

/** Number of the article added after `after`: « 7 bis », then « 7 ter »… */
function addedNumber(text: ConsolidatedText, after: TextArticle): { number: string; index: number } {
  const base = after.number.split(' ')[0] as string
  const index = text.articles.indexOf(after)
  let last = index
  while (text.articles[last + 1]?.number.startsWith(`${base} `)) last += 1
  const suffix = LATIN_SUFFIXES[last - text.articles.findIndex((article) => article.number === base)]
  if (!suffix)
    throw new AmendmentProblem('afterArticleKey', `Trop d’articles ajoutés après l’article ${base}.`)
  return { number: `${base} ${suffix}`, index: last + 1 }
}

function occurrences(haystack: string, needle: string): number[] {
  const found: number[] = []
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) found.push(at)
  return found
}

/**
 * Applies one wording change of amendment n° `amendment` to the text as last amended, marking what it deletes and
 * inserts. Refuses, with the field at fault, a target that does not exist (or no longer does), words that are not
 * in the paragraph or appear there more than once.
 */
export function applyWordingChange(
  text: ConsolidatedText,
  change: WordingChange,
  amendment: number
): ConsolidatedText {
  const next: ConsolidatedText = structuredClone(text)
  if (change.kind === 'add-article') {
    const after = next.articles.find((article) => article.key === change.afterArticleKey)
    if (!after) throw new AmendmentProblem('afterArticleKey', 'Cet article n’existe pas dans la convention.')
    const { number, index } = addedNumber(next, after)
    next.articles.splice(index, 0, {
      key: `added-${amendment}-${number.replace(/\s+/g, '-')}`,
      number,
      title: change.title,
      paragraphs: insertedParagraphs(change.text, amendment),
      clauses: [],
      addedBy: amendment
    })
    return next
  }
  const found = findTarget(next, change.target)
  if (!found)
    throw new AmendmentProblem(
      'target',
      'Cet article n’existe pas dans la convention, ou un avenant précédent l’a supprimé.'
    )
  const { unit, clause, article } = found
  if (change.kind === 'delete-clause') {
    deleteAll(unit, amendment)
    if (clause === null) article.clauses.forEach((each) => deleteAll(each, amendment))
    unit.deletedBy = amendment
    return next
  }
  if (change.kind === 'replace-clause') {
    deleteAll(unit, amendment)
    if (clause === null)
      for (const each of article.clauses) {
        deleteAll(each, amendment)
        each.deletedBy = amendment
      }
    unit.paragraphs.push(...insertedParagraphs(change.text, amendment))
    return next
  }
  const index = paragraphIndex(unit, change.paragraph)
  if (index === -1)
    throw new AmendmentProblem(
      'paragraph',
      `L’article ${unit.number} n’a pas de ${change.paragraph}e alinéa.`
    )
  const paragraph = unit.paragraphs[index] as TextParagraph
  const positions = occurrences(visibleText(paragraph), change.from)
  if (positions.length === 0)
    throw new AmendmentProblem('from', `Ces mots ne figurent pas à cet alinéa de l’article ${unit.number}.`)
  if (positions.length > 1)
    throw new AmendmentProblem(
      'from',
      `Ces mots figurent ${positions.length} fois à cet alinéa : citez un passage plus long, qui n’y figure qu’une fois.`
    )
  const start = positions[0] as number
  unit.paragraphs[index] = replaceRange(paragraph, start, start + change.from.length, change.to, amendment)
  return next
}

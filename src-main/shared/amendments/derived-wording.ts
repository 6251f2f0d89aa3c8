import type { AmendmentTarget, WordingChange } from './amendment-change.schema'
import { currentParagraphs, type ConsolidatedText, type TextUnit } from './consolidated-text'

function tokens(text: string): string[] {
  return text.split(/(\s+)/).filter((token) => token !== '')
}

const NUMBER_WORD =
  /^(?:[\d\s.,]+|et|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingts?|trente|quarante|cinquante|soixante|cents?|mille|millions?|milliards?|1er|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)[,;.]?$/u

/** A word of an amount or a count written out (« mille cinq cents », « 1 500,00 »): spans never cut one. */
function isNumberToken(token: string | undefined): boolean {
  return token !== undefined && token.split('-').every((part) => NUMBER_WORD.test(part.replace(/^\(/, '')))
}

function balanced(text: string): boolean {
  const opened = (text.match(/[(«]/g) ?? []).length
  const closed = (text.match(/[)»]/g) ?? []).length
  return opened === closed
}

/** « 31 décembre 2030, » → « 31 décembre 2030 »: a shared trailing comma or full stop is not a changed word. */
function withoutCommonEnd(paragraph: string, from: string, to: string): { from: string; to: string } {
  const end = from.at(-1)
  if (end === undefined || !',;.'.includes(end) || to.at(-1) !== end) return { from, to }
  const shorter = from.slice(0, -1)
  return count(paragraph, shorter) === 1 ? { from: shorter, to: to.slice(0, -1) } : { from, to }
}

function count(haystack: string, needle: string): number {
  return needle === '' ? 0 : haystack.split(needle).length - 1
}

/**
 * The smallest run of whole words that changed between two versions of a paragraph, widened until it appears
 * only once in the paragraph (so that « les mots … » name one place), or the whole paragraph.
 */
export function changedWords(before: string, after: string): { from: string; to: string } {
  const a = tokens(before)
  const b = tokens(after)
  let prefix = 0
  while (prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix += 1
  let suffix = 0
  while (suffix < a.length - prefix && suffix < b.length - prefix && a.at(-1 - suffix) === b.at(-1 - suffix))
    suffix += 1
  let start = prefix
  let endA = a.length - suffix
  let endB = b.length - suffix
  const span = () => ({
    from: a.slice(start, endA).join('').trim(),
    to: b.slice(start, endB).join('').trim()
  })
  const widenLeft = () => {
    start -= 1
  }
  const widenRight = () => {
    endA += 1
    endB += 1
  }
  // Whole amounts and counts, whole parentheses: « mille cinq cents euros (1 500,00 €) », never « cinq cents euros (1 ».
  while (
    start > 0 &&
    (isNumberToken(a[start - 1]) || /^\s+$/.test(a[start - 1] ?? '')) &&
    isNumberToken(a[start - 2] ?? a[start - 1])
  )
    widenLeft()
  for (let guard = 0; guard < a.length && !balanced(span().from) && endA < a.length; guard += 1) widenRight()
  while (start > 0 || endA < a.length) {
    const { from, to } = span()
    if (from !== '' && to !== '' && count(before, from) === 1 && balanced(from))
      return withoutCommonEnd(before, from, to)
    if (start > 0) widenLeft()
    if (endA < a.length && (start === 0 || from === '')) widenRight()
  }
  return { from: before, to: after }
}

function unitChanges(before: TextUnit, after: TextUnit, target: AmendmentTarget): WordingChange[] {
  const old = currentParagraphs(before)
  const next = currentParagraphs(after)
  if (old.join('\n') === next.join('\n')) return []
  if (old.length !== next.length) return [{ kind: 'replace-clause', target, text: next.join('\n') }]
  return old.flatMap((paragraph, index): WordingChange[] => {
    const replacement = next[index] as string
    if (paragraph === replacement) return []
    return [{ kind: 'replace-words', target, paragraph: index + 1, ...changedWords(paragraph, replacement) }]
  })
}

/**
 * The wording changes a register change makes to the convention: its text rendered before and after the change,
 * compared article by article and sub-clause by sub-clause (a new end date changes the duration article, a new
 * amount the financial one, in words and figures alike).
 */
export function derivedWordingChanges(before: ConsolidatedText, after: ConsolidatedText): WordingChange[] {
  return before.articles.flatMap((article) => {
    const counterpart = after.articles.find((candidate) => candidate.key === article.key)
    if (!counterpart) return []
    if (article.clauses.length !== counterpart.clauses.length)
      return [
        {
          kind: 'replace-clause' as const,
          target: { articleKey: article.key, clauseKey: null },
          text: [counterpart, ...counterpart.clauses].flatMap(currentParagraphs).join('\n')
        }
      ]
    const own = unitChanges(article, counterpart, { articleKey: article.key, clauseKey: null })
    return [
      ...own,
      ...article.clauses.flatMap((clause, index) =>
        unitChanges(clause, counterpart.clauses[index] as TextUnit, {
          articleKey: article.key,
          clauseKey: clause.key
        })
      )
    ]
  })
}

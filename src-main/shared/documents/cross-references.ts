import type { Article, Block, Inline } from './document-model'

/**
 * Clause wordings name other articles by key, « l’[[art:notices]] », since their numbers depend on the convention.
 * Once the articles are numbered, each marker becomes a run « article 20 » carrying the target's bookmark: Word writes
 * a REF field to the numbered heading (updated if articles move), HTML a link.
 */

const MARKER = /\[\[art:([a-z-]+)\]\]/g

/** The bookmark of an article's heading, the same in DOCX and HTML: `art_data_protection`. */
export function articleBookmark(key: string): string {
  return `art_${key.replace(/-/g, '_')}`
}

function resolveInlines(runs: readonly Inline[], numbers: ReadonlyMap<string, number>): Inline[] {
  return runs.flatMap((run): Inline[] => {
    if (typeof run !== 'string' || !run.includes('[[art:')) return [run]
    const pieces: Inline[] = []
    let last = 0
    for (const match of run.matchAll(MARKER)) {
      const index = match.index ?? 0
      if (index > last) pieces.push(run.slice(last, index))
      const key = match[1] as string
      const number = numbers.get(key)
      // A wording may name an article this convention lacks: say which one rather than print a marker.
      pieces.push(
        number === undefined
          ? `article « ${key} »`
          : { text: `article ${number}`, crossReference: articleBookmark(key) }
      )
      last = index + match[0].length
    }
    if (last < run.length) pieces.push(run.slice(last))
    return pieces
  })
}

function resolveBlock(block: Block, numbers: ReadonlyMap<string, number>): Block {
  switch (block.kind) {
    case 'paragraph':
      return { ...block, runs: resolveInlines(block.runs, numbers) }
    case 'list':
      return { ...block, items: block.items.map((item) => resolveInlines(item, numbers)) }
    case 'table':
      return block
  }
}

export function resolveCrossReferences(articles: readonly Article[]): Article[] {
  const numbers = new Map(articles.map((article) => [article.key as string, article.number]))
  return articles.map((article) => ({
    ...article,
    blocks: article.blocks.map((block) => resolveBlock(block, numbers)),
    clauses: article.clauses.map((clause) => ({
      ...clause,
      blocks: clause.blocks.map((block) => resolveBlock(block, numbers))
    }))
  }))
}

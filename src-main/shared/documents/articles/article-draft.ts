import type { Article, Clause } from '../document-model'

/** A sub-clause before numbering. */
export type ClauseDraft = Omit<Clause, 'number'>

/** An article before numbering: numbers are given once the list of articles for the type is known. */
export type ArticleDraft = Omit<Article, 'number' | 'clauses'> & { clauses?: ClauseDraft[] }

/** Numbers articles 1, 2, 3… and their sub-clauses 1.1, 1.2… in order. */
export function numberArticles(drafts: readonly ArticleDraft[]): Article[] {
  return drafts.map((draft, index) => {
    const number = index + 1
    const clauses = (draft.clauses ?? []).map((clause, clauseIndex) => ({
      ...clause,
      number: `${number}.${clauseIndex + 1}`
    }))
    return { ...draft, number, clauses }
  })
}

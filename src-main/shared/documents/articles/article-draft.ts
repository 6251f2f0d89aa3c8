import type { Article } from '../document-model'

/** An article before numbering: numbers are given once the list of articles for the type is known. */
export type ArticleDraft = Omit<Article, 'number'>

export function numberArticles(drafts: readonly ArticleDraft[]): Article[] {
  return drafts.map((draft, index) => ({ ...draft, number: index + 1 }))
}

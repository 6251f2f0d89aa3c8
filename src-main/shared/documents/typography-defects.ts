import { frenchTypography } from './french-typography'

/**
 * The typography defects of a text, as a reader of a finished document would point them out: each is a short
 * English label and the excerpt it was found in. Used by tests on every generated document, and usable by screens
 * to warn about a wording before it is saved.
 */
export interface TypographyDefect {
  kind: string
  excerpt: string
}

const CHECKS: ReadonlyArray<{ kind: string; pattern: RegExp }> = [
  {
    kind: 'ordinary or missing space before ; ! ?',
    pattern: /(?:[^\s\u202f;!?]|[ \u00a0])[;!?](?=[\s»)]|$)/gu
  },
  { kind: 'ordinary or missing space before :', pattern: /(?:[^\s\u00a0:/]|[ \u202f]):(?=[\s»)]|$)/gu },
  { kind: 'ordinary space inside guillemets', pattern: /«[ \u00a0]|[ \u00a0]»/gu },
  { kind: 'straight quote or apostrophe', pattern: /["']/gu },
  {
    kind: 'missing elision',
    pattern:
      /(?:^|[^\p{L}\p{N}’'-])(?:de|le|la|que|ne|se|jusque|lorsque|puisque)[ \u00a0]+(?!(?:onze|onzième|oui)(?!\p{L}))[aeiouàâéèêîôûœ]/giu
  },
  {
    kind: 'doubled word',
    pattern: /(?:^|[^\p{L}\p{N}’-])(?!(?:nous|vous)[ \u00a0])(\p{L}{2,})[ \u00a0]+\1(?![\p{L}\p{N}’-])/giu
  },
  {
    kind: 'capital after a colon',
    pattern: /[ \u00a0]:[ \u00a0](?:Le|Les|Un|Une|Des|Du|Il|Elle|Ce|Cette|Ces|Chaque)[ \u00a0]/gu
  },
  {
    kind: '1 instead of 1er',
    pattern:
      /(?:^|[^\d.,])1[ \u00a0](?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)/gu
  },
  { kind: 'duration in figures only', pattern: /(?<![(\d])\b\d+[ \u00a0](?:an|ans|mois|jours?)\b/gu },
  {
    kind: '« accusé de réception » (the product is « avis de réception »)',
    pattern: /accusé de réception/giu
  }
]

export function typographyDefects(text: string): TypographyDefect[] {
  const defects: TypographyDefect[] = []
  for (const { kind, pattern } of CHECKS)
    for (const match of text.matchAll(pattern)) {
      const start = Math.max(0, (match.index ?? 0) - 30)
      defects.push({ kind, excerpt: text.slice(start, (match.index ?? 0) + match[0].length + 30) })
    }
  return defects
}

/** True when the text is already as `frenchTypography` writes it. */
export function isTypographicallyClean(text: string): boolean {
  return frenchTypography(text) === text && typographyDefects(text).length === 0
}

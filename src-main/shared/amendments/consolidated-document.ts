import { cleanLines, type ConsolidatedText } from './consolidated-text'

/** The convention as amended, ready to render: its text with every amendment's insertions and deletions. */
export interface ConsolidatedDocument {
  reference: string
  title: string
  /** The amendments it includes, in order, with the date of each (signature, or drafting for a draft). */
  amendments: Array<{ number: number; status: 'draft' | 'signed'; date: string }>
  text: ConsolidatedText
  author: string
}

export function consolidatedSubtitle(document: ConsolidatedDocument): string {
  const numbers = document.amendments.map(
    (each) => `n°\u00a0${each.number}${each.status === 'draft' ? ' (projet)' : ''}`
  )
  if (numbers.length === 0) return 'Texte signé, sans avenant'
  const joined = numbers.length === 1 ? numbers[0] : `${numbers.slice(0, -1).join(', ')} et ${numbers.at(-1)}`
  return `Version consolidée intégrant ${numbers.length === 1 ? 'l’avenant' : 'les avenants'} ${joined}`
}

/** The clean consolidated text: title lines, then each article as amended, every change accepted. */
export function consolidatedCleanText(document: ConsolidatedDocument): string {
  return [
    `Convention de partenariat n°\u00a0${document.reference}`,
    consolidatedSubtitle(document),
    ...cleanLines(document.text)
  ].join('\n')
}

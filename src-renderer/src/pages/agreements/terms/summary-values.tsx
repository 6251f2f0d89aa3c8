import type { ReactNode } from 'react'

/** One row of the review step: a label and what was entered. */
export type SummaryRows = Array<[string, ReactNode]>

export function list(items: readonly string[]): ReactNode {
  const filled = items.filter((item) => item.trim() !== '')
  return filled.length === 0 ? (
    '—'
  ) : (
    <ul>
      {filled.map((item, index) => (
        <li key={index}>{item}</li>
      ))}
    </ul>
  )
}

export const yesNo = (value: boolean) => (value ? 'Oui' : 'Non')

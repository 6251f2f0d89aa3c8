import { createContext, useContext } from 'react'

/** A rule the record breaks, shown next to the field that fixes it (before any review step lists it). */
export interface FieldIssue {
  message: string
  /** A problem blocks the next milestone; a warning only deserves a look. */
  severity: 'problem' | 'warning'
}

export type FieldIssueLookup = (path: string) => FieldIssue | undefined

const FieldIssuesContext = createContext<FieldIssueLookup>(() => undefined)

/** Forms that check rules beyond each field's own format (the wizard) provide them to every field here. */
export const FieldIssuesProvider = FieldIssuesContext.Provider

export function useFieldIssue(path: string): FieldIssue | undefined {
  return useContext(FieldIssuesContext)(path)
}

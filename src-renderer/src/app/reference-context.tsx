import { createContext, useContext, type ReactNode } from 'react'
import type { ReferenceData } from '../../../src-main/shared/domain/reference'
import { api, unwrap } from '../api/client'
import { useQuery } from '../api/use-query'
import { Alert } from '../components/Alert'

const ReferenceContext = createContext<ReferenceData | undefined>(undefined)

/** Loads the reference lists (domains, types, legal forms, head networks…) once for the whole app. */
export function ReferenceProvider({ children }: { children: ReactNode }) {
  const { data, error } = useQuery(() => unwrap(api().reference.get({})), [])
  if (error) return <Alert tone="error">Les listes de référence n'ont pas pu être chargées : {error}</Alert>
  if (!data) return <p className="loading">Chargement…</p>
  return <ReferenceContext.Provider value={data}>{children}</ReferenceContext.Provider>
}

export function useReference(): ReferenceData {
  const reference = useContext(ReferenceContext)
  if (!reference) throw new Error('useReference must be used inside ReferenceProvider')
  return reference
}

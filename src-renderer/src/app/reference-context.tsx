import { createContext, useContext, useState, type ReactNode } from 'react'
import type { ReferenceData } from '@shared/domain/reference'
import { api, unwrap } from '../api/client'
import { useQuery } from '../api/use-query'
import { Alert } from '../components/Alert'

const ReferenceContext = createContext<ReferenceData | undefined>(undefined)
const ReferenceUpdateContext = createContext<(reference: ReferenceData) => void>(() => undefined)

/** Loads the reference lists (domains, types, legal forms, head networks…) once for the whole app. */
export function ReferenceProvider({ children }: { children: ReactNode }) {
  const { data, error } = useQuery(() => unwrap(api().reference.get({})), [])
  const [edited, setEdited] = useState<ReferenceData>()
  const reference = edited ?? data
  if (error) return <Alert tone="error">Les listes de référence n’ont pas pu être chargées : {error}</Alert>
  if (!reference) return <p className="loading">Chargement…</p>
  return (
    <ReferenceUpdateContext.Provider value={setEdited}>
      <ReferenceContext.Provider value={reference}>{children}</ReferenceContext.Provider>
    </ReferenceUpdateContext.Provider>
  )
}

export function useReference(): ReferenceData {
  const reference = useContext(ReferenceContext)
  if (!reference) throw new Error('useReference must be used inside ReferenceProvider')
  return reference
}

/** Replaces the lists everywhere after an edit in Settings (the main process answers with the new lists). */
export function useReferenceUpdate(): (reference: ReferenceData) => void {
  return useContext(ReferenceUpdateContext)
}

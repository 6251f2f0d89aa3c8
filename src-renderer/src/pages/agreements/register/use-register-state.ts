import { useEffect, useState } from 'react'
import type { AgreementSortKey } from '@shared/schemas/agreement-query.schema'
import type { RegisterFilters } from './AgreementFilters'

export interface RegisterState {
  search: string
  filters: RegisterFilters
  sort: AgreementSortKey
  direction: 'asc' | 'desc'
}

const KEY = 'alliance-conventions:registre'
const INITIAL: RegisterState = { search: '', filters: {}, sort: 'updatedAt', direction: 'desc' }

function restore(): RegisterState {
  try {
    const stored = JSON.parse(sessionStorage.getItem(KEY) ?? 'null') as Partial<RegisterState> | null
    return stored ? { ...INITIAL, ...stored } : INITIAL
  } catch {
    return INITIAL
  }
}

/**
 * The register's search, filters and sort, kept for the session: opening a convention and coming back finds the
 * register as it was left.
 */
export function useRegisterState(): [RegisterState, (change: Partial<RegisterState>) => void] {
  const [state, setState] = useState(restore)
  useEffect(() => {
    sessionStorage.setItem(KEY, JSON.stringify(state))
  }, [state])
  return [state, (change) => setState((current) => ({ ...current, ...change }))]
}

import { useCallback, useEffect, useRef, useState } from 'react'
import type { AgreementSummary } from '@shared/domain/agreement'
import type { AgreementQuery } from '@shared/schemas/agreement-query.schema'
import { api, errorMessage, unwrap } from '../../../api/client'

export const PAGE_SIZE = 100

interface Loaded {
  queryKey: string
  total: number | undefined
  pages: ReadonlyMap<number, AgreementSummary[]>
  error: string | undefined
}

/**
 * The register's rows, fetched one page at a time as they scroll into view, so 10,000 agreements scroll smoothly.
 * A new query starts over; answers to an outdated query are dropped.
 */
export function useAgreementRows(query: Omit<AgreementQuery, 'limit' | 'offset'>) {
  const queryKey = JSON.stringify(query)
  const [loaded, setLoaded] = useState<Loaded>()
  const requested = useRef({ queryKey: '', pages: new Set<number>() })

  const loadPage = useCallback(
    (page: number) => {
      if (requested.current.queryKey !== queryKey) requested.current = { queryKey, pages: new Set() }
      if (requested.current.pages.has(page)) return
      requested.current.pages.add(page)
      const search = {
        ...(JSON.parse(queryKey) as AgreementQuery),
        limit: PAGE_SIZE,
        offset: page * PAGE_SIZE
      }
      unwrap(api().agreements.search(search)).then(
        (result) =>
          setLoaded((old) => {
            if (requested.current.queryKey !== queryKey) return old
            const pages = new Map(old?.queryKey === queryKey ? old.pages : undefined).set(page, result.rows)
            return { queryKey, total: result.total, pages, error: undefined }
          }),
        (failure: unknown) => {
          requested.current.pages.delete(page)
          setLoaded((old) =>
            old?.queryKey === queryKey
              ? { ...old, error: errorMessage(failure) }
              : { queryKey, total: undefined, pages: new Map(), error: errorMessage(failure) }
          )
        }
      )
    },
    [queryKey]
  )

  useEffect(() => loadPage(0), [loadPage])

  const current = loaded?.queryKey === queryKey ? loaded : undefined
  const rowAt = useCallback(
    (index: number): AgreementSummary | undefined =>
      current?.pages.get(Math.floor(index / PAGE_SIZE))?.[index % PAGE_SIZE],
    [current]
  )
  return { total: current?.total, rowAt, loadPage, error: current?.error }
}

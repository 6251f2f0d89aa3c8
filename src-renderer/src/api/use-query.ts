import { useCallback, useEffect, useState } from 'react'
import { errorMessage } from './client'

export interface QueryState<T> {
  data: T | undefined
  error: string | undefined
  loading: boolean
  reload: () => void
}

/** Runs `load` when its dependencies change; keeps the previous data while reloading, drops stale answers. */
export function useQuery<T>(load: () => Promise<T>, dependencies: readonly unknown[]): QueryState<T> {
  const [data, setData] = useState<T>()
  const [error, setError] = useState<string>()
  const [loading, setLoading] = useState(true)
  const [version, setVersion] = useState(0)
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the caller lists what `load` depends on
  const stableLoad = useCallback(load, dependencies)

  useEffect(() => {
    let current = true
    setLoading(true)
    stableLoad().then(
      (value) => {
        if (!current) return
        setData(value)
        setError(undefined)
        setLoading(false)
      },
      (failure: unknown) => {
        if (!current) return
        setError(errorMessage(failure))
        setLoading(false)
      }
    )
    return () => {
      current = false
    }
  }, [stableLoad, version])

  return { data, error, loading, reload: () => setVersion((value) => value + 1) }
}

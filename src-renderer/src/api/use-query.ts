import { useEffect, useRef, useState } from 'react'
import { errorMessage } from './client'

export interface QueryState<T> {
  data: T | undefined
  error: string | undefined
  loading: boolean
  reload: () => void
}

interface Answer<T> {
  request: string
  data: T | undefined
  error: string | undefined
}

/**
 * Runs `load` when its dependencies (plain values) change; keeps the previous data while reloading and drops
 * answers to outdated requests.
 */
export function useQuery<T>(load: () => Promise<T>, dependencies: readonly unknown[]): QueryState<T> {
  const [version, setVersion] = useState(0)
  const [answer, setAnswer] = useState<Answer<T>>()
  const request = `${JSON.stringify(dependencies)}#${version}`
  const loadRef = useRef(load)
  useEffect(() => {
    loadRef.current = load
  })

  useEffect(() => {
    let current = true
    loadRef.current().then(
      (value) => current && setAnswer({ request, data: value, error: undefined }),
      (failure: unknown) =>
        current && setAnswer((old) => ({ request, data: old?.data, error: errorMessage(failure) }))
    )
    return () => {
      current = false
    }
  }, [request])

  return {
    data: answer?.data,
    error: answer?.error,
    loading: answer?.request !== request,
    reload: () => setVersion((value) => value + 1)
  }
}

import { useCallback, useEffect, useRef, useState } from 'react'
import { errorMessage } from '../api/client'

/**
 * Runs an action once at a time: a second press while the first call runs is ignored (checked synchronously, so
 * even a double click in one frame makes one call), and the caller shows `busy` on its button.
 */
export function useBusyAction<Args extends unknown[]>(action: (...args: Args) => Promise<void>) {
  const running = useRef(false)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string>()
  const actionRef = useRef(action)
  useEffect(() => {
    actionRef.current = action
  })
  const run = useCallback(async (...args: Args) => {
    if (running.current) return
    running.current = true
    setBusy(true)
    setError(undefined)
    try {
      await actionRef.current(...args)
    } catch (failure) {
      setError(errorMessage(failure))
    } finally {
      running.current = false
      setBusy(false)
    }
  }, [])
  return { run, busy, error, clearError: () => setError(undefined) }
}

import { useCallback, useEffect, useRef, useState } from 'react'
import { errorMessage } from '../../api/client'

export interface ActionState<Args extends unknown[]> {
  /** Runs the action unless it is already running (a double click does nothing more). */
  run: (...args: Args) => Promise<void>
  busy: boolean
  error: string | undefined
  clearError: () => void
}

/** One button's call: busy while it runs, its French error kept to show next to it. */
export function useAction<Args extends unknown[]>(
  action: (...args: Args) => Promise<void>
): ActionState<Args> {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string>()
  const running = useRef(false)
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

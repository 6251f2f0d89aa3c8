import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from 'react'
import type { HomeRefresh } from '@shared/ipc/contract'
import { api, unwrap } from '../../api/client'

interface HomeRefreshState {
  /** Bumped after each refresh: pages showing dated lists reload. */
  version: number
  /** What the last refresh started or ended automatically. */
  applied: HomeRefresh['applied']
  /** Everything to do, for the count in the navigation (undefined until known). */
  total: number | undefined
  /** Tells that something was resolved: the count is fetched again. */
  changed: () => void
}

const HomeRefreshContext = createContext<HomeRefreshState>({
  version: 0,
  applied: [],
  total: undefined,
  changed: () => undefined
})

export const useHomeRefresh = () => useContext(HomeRefreshContext)

const DAY_CHECK_MS = 60_000
/**
 * The count is recomputed after a refresh or a change made here, and on navigation at most this often: on a large
 * portfolio the lists take a moment, and the one database connection must stay free for the page being opened.
 */
const COUNT_ON_NAVIGATION_MS = 20_000

function localDay(): string {
  const now = new Date()
  return `${now.getFullYear()}-${now.getMonth() + 1}-${now.getDate()}`
}

/**
 * At start-up and whenever the day changes (a laptop left open overnight), asks main to start and end what is due
 * (and, the first time, to notify what falls due this week); keeps the home count of the navigation current.
 */
export function HomeRefreshProvider({ pathname, children }: { pathname: string; children: ReactNode }) {
  const [version, setVersion] = useState(0)
  const [applied, setApplied] = useState<HomeRefresh['applied']>([])
  const [total, setTotal] = useState<number>()
  const [changes, setChanges] = useState(0)
  const day = useRef<string>('')
  const counted = useRef({ at: 0, version: -1, changes: -1 })

  useEffect(() => {
    let alive = true
    async function refreshIfNewDay() {
      if (day.current === localDay()) return
      day.current = localDay()
      try {
        const outcome = await unwrap(api().home.refresh({}))
        if (!alive) return
        setApplied(outcome.applied)
      } catch {
        // The lists still load; the automatic changes are tried again at the next day change.
      }
      if (alive) setVersion((value) => value + 1)
    }
    void refreshIfNewDay()
    const timer = window.setInterval(() => void refreshIfNewDay(), DAY_CHECK_MS)
    return () => {
      alive = false
      window.clearInterval(timer)
    }
  }, [])

  useEffect(() => {
    const last = counted.current
    const fresh = last.version === version && last.changes === changes
    if (fresh && Date.now() - last.at < COUNT_ON_NAVIGATION_MS) return
    counted.current = { at: Date.now(), version, changes }
    let alive = true
    unwrap(api().home.lists({})).then(
      (home) => alive && setTotal(home.total),
      () => undefined
    )
    return () => {
      alive = false
    }
  }, [version, changes, pathname])

  const changed = useCallback(() => setChanges((value) => value + 1), [])
  return (
    <HomeRefreshContext.Provider value={{ version, applied, total, changed }}>
      {children}
    </HomeRefreshContext.Provider>
  )
}

import { useEffect, useRef } from 'react'
import type { StagedImport } from '@shared/ipc/contract'

/** The call that checks and previews a bundle opened from outside the import panel (dropped, or double-clicked). */
export type BundleSource = () => Promise<StagedImport | null>

let waiting: BundleSource | null = null
const listeners = new Set<() => void>()

/**
 * Hands a bundle to the import panel of the Échanges page: kept until the panel takes it, so it also reaches a
 * panel that mounts after the navigation. A newer bundle replaces one not yet taken.
 */
export function openBundle(source: BundleSource): void {
  waiting = source
  for (const listener of listeners) listener()
}

/** For the import panel: `preview` receives each bundle opened from elsewhere, once. */
export function useOpenedBundle(preview: (source: BundleSource) => void): void {
  const latest = useRef(preview)
  useEffect(() => {
    latest.current = preview
  })
  useEffect(() => {
    const take = () => {
      const source = waiting
      waiting = null
      if (source) latest.current(source)
    }
    take()
    listeners.add(take)
    return () => {
      listeners.delete(take)
    }
  }, [])
}

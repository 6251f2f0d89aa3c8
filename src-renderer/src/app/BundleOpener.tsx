import { useEffect, useRef } from 'react'
import { useNavigate } from 'react-router'
import { api, unwrap } from '../api/client'
import { toBase64 } from './bytes-to-base64'
import { openBundle } from './opened-bundle'

/** Files dropped here go to the import preview; the import panel's own zone and file inputs keep theirs. */
function isUnhandledDrop(event: DragEvent): boolean {
  return (
    !event.defaultPrevented && !(event.target instanceof HTMLInputElement && event.target.type === 'file')
  )
}

const isBundleName = (name: string) => name.toLowerCase().endsWith('.zip')

/**
 * Opens exchange bundles from outside the import panel, on the Échanges page's import preview: one dropped anywhere
 * on the window, or one the system handed to the app (double-click, « Ouvrir avec », a second launch), which the
 * window asks for when it starts and whenever it gains focus. Renders nothing.
 */
export function BundleOpener() {
  const navigate = useNavigate()
  const asking = useRef(false)

  useEffect(() => {
    async function takeWaitingBundle() {
      if (asking.current) return
      asking.current = true
      try {
        const waiting = await api().exchange.pendingOpen({})
        if (waiting.ok && waiting.value) {
          openBundle(() => unwrap(api().exchange.takePendingOpen({})))
          void navigate('/echanges')
        }
      } finally {
        asking.current = false
      }
    }
    const onFocus = () => void takeWaitingBundle()
    const onVisible = () => {
      if (document.visibilityState === 'visible') void takeWaitingBundle()
    }
    const onDragOver = (event: DragEvent) => {
      if (isUnhandledDrop(event) && event.dataTransfer?.types.includes('Files')) event.preventDefault()
    }
    const onDrop = (event: DragEvent) => {
      const file = event.dataTransfer?.files[0]
      if (!file || !isUnhandledDrop(event)) return
      event.preventDefault()
      if (!isBundleName(file.name)) return
      openBundle(async () =>
        unwrap(
          api().exchange.previewImport({
            name: file.name,
            dataBase64: toBase64(new Uint8Array(await file.arrayBuffer()))
          })
        )
      )
      void navigate('/echanges')
    }
    void takeWaitingBundle()
    window.addEventListener('focus', onFocus)
    document.addEventListener('visibilitychange', onVisible)
    window.addEventListener('dragover', onDragOver)
    window.addEventListener('drop', onDrop)
    return () => {
      window.removeEventListener('focus', onFocus)
      document.removeEventListener('visibilitychange', onVisible)
      window.removeEventListener('dragover', onDragOver)
      window.removeEventListener('drop', onDrop)
    }
  }, [navigate])

  return null
}

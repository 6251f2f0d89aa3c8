import { useState } from 'react'
import type { DocumentVersion } from '@shared/domain/document'
import { api, errorMessage, unwrap } from '../../api/client'

/**
 * « Ouvrir dans Word »: main opens the version's recorded file with the system's program for it (the PDF reader
 * for a PDF version). The renderer names the version, never a path. Disabled while the call runs.
 */
export function OpenInWordButton({ version }: { version: DocumentVersion }) {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  async function open() {
    setError(null)
    setBusy(true)
    try {
      await unwrap(api().documents.openInWord({ versionId: version.id }))
    } catch (failure) {
      setError(errorMessage(failure))
    } finally {
      setBusy(false)
    }
  }

  return (
    <>
      <button type="button" className="button button--quiet" disabled={busy} onClick={() => void open()}>
        {version.format === 'docx' ? 'Ouvrir dans Word' : 'Ouvrir le PDF'}
      </button>
      {error ? (
        <span role="alert" className="field-error">
          {error}
        </span>
      ) : null}
    </>
  )
}

import { useState } from 'react'
import type { DocumentVersion } from '@shared/domain/document'
import { api, ApiError, errorMessage, unwrap } from '../../api/client'
import { Alert } from '../../components/Alert'
import { fileToBase64 } from './file-bytes'
import type { Signatory } from './SignatureDialog'

interface ScanAttachFormProps {
  version: DocumentVersion
  signatories: Signatory[]
  place: string
  onAttached: () => void
}

/** Signed on paper: the scanned signed copy (PDF, PNG or JPEG) is attached to the version that was printed. */
export function ScanAttachForm({
  version,
  signatories,
  place: initialPlace,
  onAttached
}: ScanAttachFormProps) {
  const [file, setFile] = useState<File>()
  const [signedOn, setSignedOn] = useState('')
  const [place, setPlace] = useState(initialPlace)
  const [error, setError] = useState<string>()
  const [busy, setBusy] = useState(false)

  async function attach() {
    if (!file) return
    setBusy(true)
    setError(undefined)
    try {
      await unwrap(
        api().documents.attachScan({
          versionId: version.id,
          place,
          signedOn,
          fileName: file.name,
          dataBase64: await fileToBase64(file),
          signers: signatories.map(({ party, signerName, signerTitle }) => ({
            party,
            signerName,
            signerTitle
          }))
        })
      )
      onAttached()
    } catch (failure) {
      const details = failure instanceof ApiError ? Object.values(failure.fieldErrors) : []
      setError([errorMessage(failure), ...details].join(' '))
    } finally {
      setBusy(false)
    }
  }

  return (
    <details className="scan-form">
      <summary>Signée sur papier : joindre la copie signée de la version {version.version}</summary>
      <label className="field">
        <span className="field-label">Copie signée numérisée (PDF, PNG ou JPEG, 20 Mo au plus)</span>
        <input
          type="file"
          accept=".pdf,.png,.jpg,.jpeg,application/pdf,image/png,image/jpeg"
          onChange={(event) => setFile(event.target.files?.[0])}
        />
      </label>
      <label className="field field--short">
        <span className="field-label">Date de signature</span>
        <input type="date" value={signedOn} onChange={(event) => setSignedOn(event.target.value)} />
      </label>
      <label className="field field--short">
        <span className="field-label">Lieu de signature</span>
        <input value={place} onChange={(event) => setPlace(event.target.value)} />
      </label>
      <p className="field-hint">
        Signataires : {signatories.map((person) => person.signerName || person.partyName).join(' et ')}.
      </p>
      {error ? <Alert tone="error">{error}</Alert> : null}
      <button
        type="button"
        className="button"
        disabled={busy || !file || signedOn === '' || place.trim() === ''}
        onClick={() => void attach()}
      >
        Joindre la copie signée
      </button>
    </details>
  )
}

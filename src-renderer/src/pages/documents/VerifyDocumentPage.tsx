import { useState, type DragEvent } from 'react'
import type { VerificationResult } from '@shared/domain/document'
import { api, errorMessage, unwrap } from '../../api/client'
import { Alert } from '../../components/Alert'
import { PageHeader } from '../../components/PageHeader'
import { fileToBase64 } from './file-bytes'
import './documents.css'

const TONES = { issued: 'success', resaved: 'success', modified: 'error', unknown: 'error' } as const

/** "Vérifier un document": a .docx or .pdf chosen or dropped here is checked against the versions this app issued. */
export function VerifyDocumentPage() {
  const [result, setResult] = useState<{ fileName: string; outcome: VerificationResult }>()
  const [error, setError] = useState<string>()
  const [dragging, setDragging] = useState(false)

  async function verify(file: File | undefined) {
    if (!file) return
    setError(undefined)
    setResult(undefined)
    try {
      const outcome = await unwrap(
        api().documents.verify({ fileName: file.name, dataBase64: await fileToBase64(file) })
      )
      setResult({ fileName: file.name, outcome })
    } catch (failure) {
      setError(errorMessage(failure))
    }
  }

  function onDrop(event: DragEvent<HTMLDivElement>) {
    event.preventDefault()
    setDragging(false)
    void verify(event.dataTransfer.files[0])
  }

  return (
    <>
      <PageHeader title="Vérifier un document">
        <p className="page-subtitle">
          Indique si un fichier Word ou PDF est une version émise par cette installation et s’il est intact,
          ré-enregistré avec le même texte, ou modifié (avec les paragraphes qui diffèrent).
        </p>
      </PageHeader>
      <div
        className={`drop-zone${dragging ? ' drop-zone--active' : ''}`}
        onDragOver={(event) => {
          event.preventDefault()
          setDragging(true)
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <p>Déposez le fichier ici, ou</p>
        <label className="button">
          Choisir un fichier…
          <input
            type="file"
            className="sr-only"
            accept=".docx,.pdf,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            onChange={(event) => void verify(event.target.files?.[0])}
          />
        </label>
      </div>
      {error ? <Alert tone="error">{error}</Alert> : null}
      {result ? (
        <Alert
          tone={
            result.outcome.signatures?.some((signature) => !signature.valid)
              ? 'error'
              : TONES[result.outcome.status]
          }
        >
          <strong>{result.fileName}</strong> — {result.outcome.message}
          <br />
          <span className="fingerprint">SHA-256 : {result.outcome.sha256}</span>
          {result.outcome.differences?.length ? (
            <table className="verify-differences">
              <caption>Paragraphes qui diffèrent</caption>
              <thead>
                <tr>
                  <th scope="col">Texte émis</th>
                  <th scope="col">Texte du fichier</th>
                </tr>
              </thead>
              <tbody>
                {result.outcome.differences.map((difference, index) => (
                  <tr key={index}>
                    <td>{difference.issued ?? '(absent)'}</td>
                    <td>{difference.found ?? '(supprimé)'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
        </Alert>
      ) : null}
    </>
  )
}

import { useState } from 'react'
import { ApiError, api, errorMessage, unwrap } from '../../api/client'
import { Alert } from '../../components/Alert'
import { fileToBase64 } from '../documents/file-bytes'
import { FileField } from '../settings/certificates/FileField'

interface Props {
  agreementId: number
  amendmentId: number | null
  onRecorded: (message: string) => void
}

/**
 * The PDF signed by La Poste, sent to the partner, comes back signed with their own software: it is checked
 * (the same file plus one valid signature) before it is recorded.
 */
export function PartnerPdfForm({ agreementId, amendmentId, onRecorded }: Props) {
  const [file, setFile] = useState<File>()
  const [busy, setBusy] = useState(false)
  const [failure, setFailure] = useState<{ text: string; field: string | undefined }>()

  async function record() {
    if (!file) return
    setBusy(true)
    setFailure(undefined)
    try {
      await unwrap(
        api().signatures.recordPartnerPdf({
          agreementId,
          amendmentId,
          fileName: file.name,
          dataBase64: await fileToBase64(file)
        })
      )
      onRecorded(`Signature du partenaire vérifiée et enregistrée (${file.name}).`)
    } catch (error) {
      setFailure({
        text: errorMessage(error),
        field: error instanceof ApiError ? error.fieldErrors.file : undefined
      })
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="partner-pdf">
      <p>
        Le partenaire peut aussi signer le PDF signé par La Poste avec son propre logiciel (lecteur PDF, outil
        de signature) et vous le renvoyer : déposez-le ici pour le vérifier et l’enregistrer.
      </p>
      <FileField
        label="PDF signé par le partenaire"
        accept=".pdf,application/pdf"
        error={failure?.field}
        file={file}
        onChange={setFile}
      />
      {failure ? <Alert tone="error">{failure.text}</Alert> : null}
      <div className="form-actions">
        <button type="button" className="button" disabled={busy || !file} onClick={() => void record()}>
          {busy ? 'Vérification en cours…' : 'Vérifier et enregistrer'}
        </button>
      </div>
    </div>
  )
}

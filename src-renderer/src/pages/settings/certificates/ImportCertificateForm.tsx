import { useId, useState, type FormEvent } from 'react'
import type { CertificatesOverview } from '@shared/signatures/certificate-summary'
import { api, unwrap } from '../../../api/client'
import { Alert } from '../../../components/Alert'
import { FieldFrame } from '../../../components/form/FieldFrame'
import { fileToBase64 } from '../../documents/file-bytes'
import { FileField } from './FileField'
import { PassphraseChoice } from './PassphraseChoice'
import { useCertificateAction } from './use-certificate-action'

interface Props {
  systemProtection: boolean
  onDone: (overview: CertificatesOverview) => void
}

/** Imports a personal certificate: its PKCS#12 file, the file's passphrase, and how to protect the key here. */
export function ImportCertificateForm({ systemProtection, onDone }: Props) {
  const { busy, message, fieldErrors, run } = useCertificateAction(onDone)
  const [file, setFile] = useState<File>()
  const [passphrase, setPassphrase] = useState('')
  const [newPassphrase, setNewPassphrase] = useState('')
  const passphraseId = useId()

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (!file) return
    const done = await run(
      async () =>
        unwrap(
          api().certificates.importPkcs12({
            fileName: file.name,
            dataBase64: await fileToBase64(file),
            passphrase,
            ...(newPassphrase ? { newPassphrase } : {})
          })
        ),
      `Certificat importé depuis ${file.name}.`
    )
    if (done) {
      setPassphrase('')
      setNewPassphrase('')
    }
  }

  return (
    <form
      className="form"
      noValidate
      onSubmit={(event) => void submit(event)}
      aria-label="Importer un certificat personnel"
    >
      <FileField
        label="Fichier du certificat (.p12 ou .pfx)"
        accept=".p12,.pfx,application/x-pkcs12"
        hint="Le fichier remis par votre autorité de certification, avec sa clé privée."
        error={fieldErrors.file}
        file={file}
        onChange={setFile}
      />
      <FieldFrame
        id={passphraseId}
        label="Phrase secrète du fichier"
        error={fieldErrors.passphrase}
        errorId={fieldErrors.passphrase ? `${passphraseId}-error` : undefined}
      >
        <input
          id={passphraseId}
          type="password"
          autoComplete="off"
          value={passphrase}
          aria-invalid={fieldErrors.passphrase ? true : undefined}
          aria-describedby={fieldErrors.passphrase ? `${passphraseId}-error` : undefined}
          onChange={(event) => setPassphrase(event.target.value)}
        />
      </FieldFrame>
      <PassphraseChoice
        systemProtection={systemProtection}
        value={newPassphrase}
        error={fieldErrors.newPassphrase}
        onChange={setNewPassphrase}
      />
      {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={busy || !file}>
          {busy ? 'Import en cours…' : 'Importer le certificat'}
        </button>
      </div>
    </form>
  )
}

import { useId, useState, type FormEvent } from 'react'
import type { CertificatesOverview } from '@shared/signatures/certificate-summary'
import { api, unwrap } from '../../../api/client'
import { Alert } from '../../../components/Alert'
import { FieldFrame } from '../../../components/form/FieldFrame'
import { PassphraseChoice } from './PassphraseChoice'
import { useCertificateAction } from './use-certificate-action'

interface Props {
  systemProtection: boolean
  defaultHolder: string
  defaultOrganisation: string
  onDone: (overview: CertificatesOverview) => void
}

function TextInput(props: {
  label: string
  value: string
  error: string | undefined
  onChange: (value: string) => void
}) {
  const id = useId()
  const errorId = props.error ? `${id}-error` : undefined
  return (
    <FieldFrame id={id} label={props.label} required error={props.error} errorId={errorId}>
      <input
        id={id}
        type="text"
        value={props.value}
        aria-required
        aria-invalid={props.error ? true : undefined}
        aria-describedby={errorId}
        onChange={(event) => props.onChange(event.target.value)}
      />
    </FieldFrame>
  )
}

/** Issues a local certificate for this installation, after saying what it is worth: a simple signature. */
export function LocalCertificateForm({
  systemProtection,
  defaultHolder,
  defaultOrganisation,
  onDone
}: Props) {
  const { busy, message, fieldErrors, run } = useCertificateAction(onDone)
  const [holder, setHolder] = useState(defaultHolder)
  const [organisation, setOrganisation] = useState(defaultOrganisation)
  const [newPassphrase, setNewPassphrase] = useState('')

  async function submit(event: FormEvent) {
    event.preventDefault()
    const done = await run(
      () =>
        unwrap(
          api().certificates.issueLocal({ holder, organisation, ...(newPassphrase ? { newPassphrase } : {}) })
        ),
      'Certificat local créé. Il donne une signature simple.'
    )
    if (done) setNewPassphrase('')
  }

  return (
    <form
      className="form"
      noValidate
      onSubmit={(event) => void submit(event)}
      aria-label="Créer un certificat local"
    >
      <p>
        Sans certificat personnel, l’application peut créer un certificat propre à ce poste. Personne ne
        garantit alors votre identité : vos signatures seront des <strong>signatures simples</strong>, jamais
        avancées. Le document signé reste scellé : toute modification ultérieure se voit.
      </p>
      <div className="field-row">
        <TextInput label="Titulaire" value={holder} error={fieldErrors.holder} onChange={setHolder} />
        <TextInput
          label="Organisation"
          value={organisation}
          error={fieldErrors.organisation}
          onChange={setOrganisation}
        />
      </div>
      <PassphraseChoice
        systemProtection={systemProtection}
        value={newPassphrase}
        error={fieldErrors.newPassphrase}
        onChange={setNewPassphrase}
      />
      {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
      <div className="form-actions">
        <button type="submit" className="button" disabled={busy}>
          {busy ? 'Création en cours…' : 'Créer un certificat local'}
        </button>
      </div>
    </form>
  )
}

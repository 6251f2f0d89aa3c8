import { useId, useState, type FormEvent, type ReactElement } from 'react'
import type { SigningCertificateSummary } from '@shared/signatures/certificate-summary'
import { SIGNATURE_LEVEL_LABELS } from '@shared/signatures/signature-level'
import { ApiError, api, errorMessage, unwrap } from '../../api/client'
import { Alert } from '../../components/Alert'
import { FieldFrame } from '../../components/form/FieldFrame'

interface Props {
  agreementId: number
  amendmentId: number | null
  certificates: SigningCertificateSummary[]
  /** The parties that have not signed yet. */
  parties: Array<'la-poste' | 'partner'>
  place: string
  /** Signs, for the partner, the PDF La Poste signed and sent in an exchange file rather than a version issued here. */
  received?: boolean
  onSigned: (message: string) => void
}

const PARTY_LABELS = { 'la-poste': 'La Poste', partner: 'le Partenaire' } as const

function Field(props: {
  label: string
  error: string | undefined
  children: (id: string, describedBy?: string) => ReactElement
}) {
  const id = useId()
  const errorId = props.error ? `${id}-error` : undefined
  return (
    <FieldFrame id={id} label={props.label} error={props.error} errorId={errorId}>
      {props.children(id, errorId)}
    </FieldFrame>
  )
}

/** One party signs the version for signature with a certificate of this installation. */
export function CertificateSignForm({
  agreementId,
  amendmentId,
  certificates,
  parties,
  place,
  received = false,
  onSigned
}: Props) {
  const [chosenParty, setParty] = useState(parties[0])
  // A party that has just signed drops out of the list: fall back to the one left.
  const party = chosenParty && parties.includes(chosenParty) ? chosenParty : parties[0]
  const [certificateId, setCertificateId] = useState(certificates[0]?.id)
  const [passphrase, setPassphrase] = useState('')
  const [where, setWhere] = useState(place)
  const [busy, setBusy] = useState(false)
  const [failure, setFailure] = useState<{ text: string; fields: Record<string, string> }>()
  const chosen = certificates.find((certificate) => certificate.id === certificateId)

  if (parties.length === 0) return null
  if (certificates.length === 0)
    return <p>Aucun certificat de signature sur ce poste : importez-en un ou créez-en un dans Réglages.</p>

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (!party || certificateId === undefined) return
    setBusy(true)
    setFailure(undefined)
    try {
      const key = {
        agreementId,
        certificateId,
        ...(chosen?.protection === 'passphrase' ? { passphrase } : {}),
        signerTitle: '',
        place: where
      }
      const versions = received
        ? [await unwrap(api().signatures.signReceived(key))]
        : await unwrap(api().signatures.sign({ ...key, amendmentId, party }))
      setPassphrase('')
      const files = versions.map((version) => version.fileName.split('/').at(-1)).join(', ')
      onSigned(
        received
          ? `Signé pour le Partenaire : ${files}. Exportez un fichier d’échange pour le renvoyer à La Poste.`
          : `Signé pour ${PARTY_LABELS[party]} : ${files}.`
      )
    } catch (error) {
      setFailure({ text: errorMessage(error), fields: error instanceof ApiError ? error.fieldErrors : {} })
    } finally {
      setBusy(false)
    }
  }

  return (
    <form
      className="form"
      noValidate
      onSubmit={(event) => void submit(event)}
      aria-label={received ? 'Signer le PDF reçu pour le Partenaire' : 'Signer avec un certificat'}
    >
      <div className="field-row">
        <Field label="Signe pour" error={undefined}>
          {(id) => (
            <select id={id} value={party} onChange={(event) => setParty(event.target.value as typeof party)}>
              {parties.map((entry) => (
                <option key={entry} value={entry}>
                  {PARTY_LABELS[entry]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Certificat" error={undefined}>
          {(id) => (
            <select
              id={id}
              value={certificateId}
              onChange={(event) => setCertificateId(Number(event.target.value))}
            >
              {certificates.map((certificate) => (
                <option key={certificate.id} value={certificate.id}>
                  {certificate.holder} — {SIGNATURE_LEVEL_LABELS[certificate.level]}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <div className="field-row">
        <Field label="Lieu de signature" error={failure?.fields.place}>
          {(id, describedBy) => (
            <input
              id={id}
              type="text"
              value={where}
              aria-describedby={describedBy}
              onChange={(event) => setWhere(event.target.value)}
            />
          )}
        </Field>
        {chosen?.protection === 'passphrase' ? (
          <Field label="Phrase secrète du certificat" error={failure?.fields.passphrase}>
            {(id, describedBy) => (
              <input
                id={id}
                type="password"
                autoComplete="off"
                value={passphrase}
                aria-invalid={failure?.fields.passphrase ? true : undefined}
                aria-describedby={describedBy}
                onChange={(event) => setPassphrase(event.target.value)}
              />
            )}
          </Field>
        ) : null}
      </div>
      {failure ? <Alert tone="error">{failure.text}</Alert> : null}
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? 'Signature en cours…' : received ? 'Signer le PDF reçu' : 'Signer avec ce certificat'}
        </button>
      </div>
    </form>
  )
}

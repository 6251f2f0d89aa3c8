import { useEffect, useRef, useState } from 'react'
import type { DocumentVersion } from '@shared/domain/document'
import { api, ApiError, errorMessage, unwrap } from '../../api/client'
import { Alert } from '../../components/Alert'
import { SignaturePadField } from './SignaturePadField'
import { TypedSignatureField } from './TypedSignatureField'

export interface Signatory {
  party: 'la-poste' | 'partner'
  partyName: string
  signerName: string
  signerTitle: string
}

type SignMethod = 'drawn' | 'typed'

const SIGN_METHODS: ReadonlyArray<{ value: SignMethod; label: string }> = [
  { value: 'drawn', label: 'Tracer la signature' },
  { value: 'typed', label: 'Taper son nom au clavier' }
]

interface SignatureDialogProps {
  version: DocumentVersion
  signatories: Signatory[]
  place: string
  onSigned: (signed: DocumentVersion) => void
  onClose: () => void
}

/**
 * A modal dialog: per signatory, a signature drawn on a pad or the name typed (for keyboard users), the place,
 * then « Signer ». Escape or « Annuler » closes it.
 */
export function SignatureDialog({
  version,
  signatories,
  place: initialPlace,
  onSigned,
  onClose
}: SignatureDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null)
  const [people, setPeople] = useState(signatories)
  const [drawings, setDrawings] = useState<Record<string, string | null>>({})
  const [methods, setMethods] = useState<Record<string, SignMethod>>({})
  const methodOf = (person: Signatory): SignMethod => methods[person.party] ?? 'drawn'
  const [place, setPlace] = useState(initialPlace)
  const [error, setError] = useState<string>()
  const [busy, setBusy] = useState(false)

  useEffect(() => {
    const dialog = dialogRef.current
    if (dialog && !dialog.open) dialog.showModal()
  }, [])

  const missing = people.filter((person) => !drawings[person.party])
  async function sign() {
    setBusy(true)
    setError(undefined)
    try {
      const signed = await unwrap(
        api().documents.sign({
          versionId: version.id,
          place,
          signatures: people.map((person) => ({
            party: person.party,
            method: methodOf(person),
            signerName: person.signerName,
            signerTitle: person.signerTitle,
            imageDataUrl: drawings[person.party] ?? ''
          }))
        })
      )
      onSigned(signed)
    } catch (failure) {
      const details = failure instanceof ApiError ? Object.values(failure.fieldErrors) : []
      setError([errorMessage(failure), ...details].join(' '))
    } finally {
      setBusy(false)
    }
  }

  function update(index: number, changes: Partial<Signatory>) {
    const person = people[index]
    // A typed signature is the name as it stood: a changed name has to be typed again.
    if (person && changes.signerName !== undefined && methodOf(person) === 'typed')
      setDrawings((current) => ({ ...current, [person.party]: null }))
    setPeople((current) =>
      current.map((person, position) => (position === index ? { ...person, ...changes } : person))
    )
  }

  return (
    <dialog ref={dialogRef} className="signature-dialog" aria-labelledby="signature-title" onClose={onClose}>
      <h2 id="signature-title">Signer la version {version.version}</h2>
      <p className="field-hint">
        Chaque signataire trace sa signature dans son cadre (souris, stylet ou doigt) ou, au clavier, tape son
        nom. La version signée reprendra les signatures et se terminera par un certificat de signature qui dit
        comment chacun a signé.
      </p>
      <div className="signature-columns">
        {people.map((person, index) => (
          <fieldset key={person.party} className="form-section">
            <legend>Pour {person.partyName}</legend>
            <label className="field">
              <span className="field-label">Nom du signataire</span>
              <input
                value={person.signerName}
                onChange={(event) => update(index, { signerName: event.target.value })}
              />
            </label>
            <label className="field">
              <span className="field-label">Qualité</span>
              <input
                value={person.signerTitle}
                onChange={(event) => update(index, { signerTitle: event.target.value })}
              />
            </label>
            <fieldset className="radio-group radio-group--inline">
              <legend>Manière de signer</legend>
              {SIGN_METHODS.map((method) => (
                <label key={method.value} className="radio-choice">
                  <input
                    type="radio"
                    name={`sign-method-${person.party}`}
                    checked={methodOf(person) === method.value}
                    onChange={() => {
                      setMethods((current) => ({ ...current, [person.party]: method.value }))
                      setDrawings((current) => ({ ...current, [person.party]: null }))
                    }}
                  />
                  {method.label}
                </label>
              ))}
            </fieldset>
            {methodOf(person) === 'typed' ? (
              <TypedSignatureField
                key={person.signerName}
                signerName={person.signerName}
                onChange={(dataUrl) => setDrawings((current) => ({ ...current, [person.party]: dataUrl }))}
              />
            ) : (
              <SignaturePadField
                label={`Signature de ${person.signerName || person.partyName}`}
                onChange={(dataUrl) => setDrawings((current) => ({ ...current, [person.party]: dataUrl }))}
              />
            )}
          </fieldset>
        ))}
      </div>
      <label className="field field--short">
        <span className="field-label">Lieu de signature</span>
        <input value={place} onChange={(event) => setPlace(event.target.value)} />
      </label>
      {error ? <Alert tone="error">{error}</Alert> : null}
      <div className="form-actions">
        <button type="button" className="button" onClick={() => dialogRef.current?.close()}>
          Annuler
        </button>
        <button
          type="button"
          className="button button--primary"
          disabled={busy || missing.length > 0 || place.trim() === ''}
          onClick={() => void sign()}
        >
          Signer
        </button>
        {missing.length > 0 ? (
          <p className="field-hint">
            En attente de la signature de :{' '}
            {missing.map((person) => person.signerName || person.partyName).join(', ')}.
          </p>
        ) : null}
      </div>
    </dialog>
  )
}

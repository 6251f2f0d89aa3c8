import { useId, useState } from 'react'
import { sameName, typedSignatureImage } from './typed-signature-image'

interface TypedSignatureFieldProps {
  signerName: string
  /** Called with the typed name as a PNG data URL once it matches the signer's name, else null. */
  onChange: (dataUrl: string | null) => void
}

/**
 * Signing with the keyboard: the signer types their own name, exactly as written above. What is recorded says so:
 * « signature saisie au clavier », never a drawn one.
 */
export function TypedSignatureField({ signerName, onChange }: TypedSignatureFieldProps) {
  const id = useId()
  const [typed, setTyped] = useState('')
  const mismatch = typed.trim() !== '' && !sameName(typed, signerName)

  function type(value: string) {
    setTyped(value)
    onChange(sameName(value, signerName) ? typedSignatureImage(signerName.trim()) : null)
  }

  return (
    <div className="field typed-signature">
      <label className="field-label" htmlFor={id}>
        Tapez votre nom pour signer
      </label>
      <input
        id={id}
        value={typed}
        autoComplete="off"
        spellCheck={false}
        aria-invalid={mismatch ? true : undefined}
        aria-describedby={`${id}-hint${mismatch ? ` ${id}-error` : ''}`}
        onChange={(event) => type(event.target.value)}
      />
      <p id={`${id}-hint`} className="field-hint">
        Le nom tel qu’il figure ci-dessus ({signerName.trim() || 'nom du signataire à indiquer'}). Le
        certificat de signature précisera « signature saisie au clavier ».
      </p>
      {mismatch ? (
        <p id={`${id}-error`} className="field-error">
          Le nom tapé ne correspond pas au nom du signataire.
        </p>
      ) : null}
      {sameName(typed, signerName) ? (
        <p className="typed-signature-preview" aria-hidden="true">
          {signerName.trim()}
        </p>
      ) : null}
    </div>
  )
}

import { useId } from 'react'
import { FieldFrame } from '../../../components/form/FieldFrame'

interface Props {
  systemProtection: boolean
  value: string
  error: string | undefined
  onChange: (value: string) => void
}

/**
 * How the private key is protected on this computer: by the Windows or macOS account when the system can, and
 * then the passphrase is optional; otherwise a passphrase of at least 8 characters, asked at each signature.
 */
export function PassphraseChoice({ systemProtection, value, error, onChange }: Props) {
  const id = useId()
  const hint = systemProtection
    ? 'Facultative : sans phrase secrète, la clé est protégée par votre session Windows ou macOS. Avec une phrase secrète, elle vous sera demandée à chaque signature.'
    : 'Ce poste ne peut pas protéger la clé par votre session : choisissez une phrase secrète (8 caractères au moins), demandée à chaque signature.'
  return (
    <FieldFrame
      id={id}
      label="Phrase secrète de signature"
      required={!systemProtection}
      hint={hint}
      hintId={`${id}-hint`}
      error={error}
      errorId={error ? `${id}-error` : undefined}
    >
      <input
        id={id}
        type="password"
        autoComplete="new-password"
        value={value}
        aria-required={!systemProtection || undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={[`${id}-hint`, error ? `${id}-error` : ''].filter(Boolean).join(' ')}
        onChange={(event) => onChange(event.target.value)}
      />
    </FieldFrame>
  )
}

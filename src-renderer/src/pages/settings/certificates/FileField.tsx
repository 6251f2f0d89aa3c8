import { useId } from 'react'
import { FieldFrame } from '../../../components/form/FieldFrame'

interface FileFieldProps {
  label: string
  accept: string
  hint?: string
  error?: string | undefined
  file: File | undefined
  onChange: (file: File | undefined) => void
}

/** A file chosen for upload, with its label, hint and error wired like every other field. */
export function FileField({ label, accept, hint, error, file, onChange }: FileFieldProps) {
  const id = useId()
  const hintId = hint ? `${id}-hint` : undefined
  const errorId = error ? `${id}-error` : undefined
  return (
    <FieldFrame {...{ id, label, hint, hintId, error, errorId }} required>
      <input
        id={id}
        type="file"
        accept={accept}
        aria-required
        aria-invalid={error ? true : undefined}
        aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined}
        onChange={(event) => onChange(event.target.files?.[0])}
      />
      {file ? <span className="visually-hidden">Fichier choisi : {file.name}</span> : null}
    </FieldFrame>
  )
}

import type { ReactNode } from 'react'
import type { useBusyAction } from './use-busy-action'

interface InlineDeleteConfirmationProps {
  /** The group's accessible name: « Confirmer la suppression du … ». */
  label: string
  question: ReactNode
  remove: ReturnType<typeof useBusyAction<[]>>
  onCancel: () => void
}

/** « Supprimer … ? Oui, supprimer / Annuler » in place of a delete button: busy while it runs, its error beside it. */
export function InlineDeleteConfirmation({
  label,
  question,
  remove,
  onCancel
}: InlineDeleteConfirmationProps) {
  return (
    <span className="confirm-inline" role="group" aria-label={label}>
      {question}
      <button
        type="button"
        className="button button--danger"
        disabled={remove.busy}
        onClick={() => void remove.run()}
      >
        {remove.busy ? 'Suppression…' : 'Oui, supprimer'}
      </button>
      <button type="button" className="button" onClick={onCancel} autoFocus>
        Annuler
      </button>
      {remove.error ? (
        <span className="field-error" role="alert">
          {remove.error}
        </span>
      ) : null}
    </span>
  )
}

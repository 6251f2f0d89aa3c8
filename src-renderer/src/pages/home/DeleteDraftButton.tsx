import { useState } from 'react'
import { api, unwrap } from '../../api/client'
import { useBusyAction } from '../../components/use-busy-action'

interface DeleteDraftButtonProps {
  agreementId: number
  reference: string
  onDeleted: (reference: string) => void
}

/** Deletes a draft after an explicit confirmation; its history is kept in the deletion log. */
export function DeleteDraftButton({ agreementId, reference, onDeleted }: DeleteDraftButtonProps) {
  const [confirming, setConfirming] = useState(false)
  const remove = useBusyAction(async () => {
    const deleted = await unwrap(api().lifecycle.deleteDraft({ id: agreementId }))
    setConfirming(false)
    onDeleted(deleted.reference)
  })
  if (!confirming)
    return (
      <button
        type="button"
        className="button button--quiet"
        onClick={() => setConfirming(true)}
        aria-label={`Supprimer le brouillon ${reference}`}
      >
        Supprimer
      </button>
    )
  return (
    <span
      className="confirm-inline"
      role="group"
      aria-label={`Confirmer la suppression du brouillon ${reference}`}
    >
      Supprimer ce brouillon ? Son historique est conservé.
      <button
        type="button"
        className="button button--danger"
        disabled={remove.busy}
        onClick={() => void remove.run()}
      >
        {remove.busy ? 'Suppression…' : 'Oui, supprimer'}
      </button>
      <button type="button" className="button" onClick={() => setConfirming(false)} autoFocus>
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

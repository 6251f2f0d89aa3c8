import { useState } from 'react'
import { api, unwrap } from '../../api/client'
import { InlineDeleteConfirmation } from '../../components/InlineDeleteConfirmation'
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
    <InlineDeleteConfirmation
      label={`Confirmer la suppression du brouillon ${reference}`}
      question="Supprimer ce brouillon ? Son historique est conservé."
      remove={remove}
      onCancel={() => setConfirming(false)}
    />
  )
}

import { useState } from 'react'
import { useNavigate } from 'react-router'
import type { LocalNeed } from '@shared/domain/need'
import { api, unwrap } from '../../api/client'
import { InlineDeleteConfirmation } from '../../components/InlineDeleteConfirmation'
import { useBusyAction } from '../../components/use-busy-action'

/** Deletes a local need no convention refers to, after a confirmation (the service refuses a used one). */
export function DeleteNeedButton({ need }: { need: LocalNeed }) {
  const navigate = useNavigate()
  const [confirming, setConfirming] = useState(false)
  const remove = useBusyAction(async () => {
    await unwrap(api().needs.remove({ id: need.id }))
    await navigate('/besoins', { state: { flash: `Le besoin « ${need.title} » est supprimé.` } })
  })
  if (need.agreementCount > 0)
    return (
      <button
        type="button"
        className="button"
        disabled
        title="Des conventions y répondent : il ne peut pas être supprimé."
      >
        Supprimer
      </button>
    )
  if (!confirming)
    return (
      <button type="button" className="button" onClick={() => setConfirming(true)}>
        Supprimer
      </button>
    )
  return (
    <InlineDeleteConfirmation
      label="Confirmer la suppression du besoin"
      question="Supprimer ce besoin ?"
      remove={remove}
      onCancel={() => setConfirming(false)}
    />
  )
}

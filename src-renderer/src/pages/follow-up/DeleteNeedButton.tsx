import { useState } from 'react'
import { useNavigate } from 'react-router'
import type { LocalNeed } from '@shared/domain/need'
import { api, unwrap } from '../../api/client'
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
    <span className="confirm-inline" role="group" aria-label="Confirmer la suppression du besoin">
      Supprimer ce besoin ?
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

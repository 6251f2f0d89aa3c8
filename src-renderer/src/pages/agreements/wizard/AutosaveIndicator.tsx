import type { AutosaveStatus } from './use-autosave'

const time = (at: Date) => at.toLocaleTimeString('fr-FR', { hour: '2-digit', minute: '2-digit' })

/** A small line under the title: « Enregistré à 14:05 » once the last change is in the database, never before. */
export function AutosaveIndicator({ status }: { status: AutosaveStatus }) {
  const text = (() => {
    switch (status.state) {
      case 'saved':
        return status.at ? `Enregistré à ${time(status.at)}` : 'Enregistré'
      case 'pending':
        return 'Modifications en attente…'
      case 'saving':
        return 'Enregistrement…'
      case 'invalid':
        return 'Enregistré, sauf les champs signalés à corriger'
      case 'held':
        return 'Enregistré, sauf la date de début à confirmer'
      case 'error':
        return `Non enregistré : ${status.message}`
    }
  })()
  return (
    <p className={`autosave autosave--${status.state}`} role="status" aria-live="polite">
      <span className="autosave-mark" aria-hidden="true" />
      {text}
    </p>
  )
}

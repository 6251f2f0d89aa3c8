import type { AutosaveStatus } from './use-autosave'

/** "Enregistré" once the last change is in the database; never claims so before. */
export function AutosaveIndicator({ status }: { status: AutosaveStatus }) {
  const text = (() => {
    switch (status.state) {
      case 'saved':
        return status.at
          ? `Enregistré à ${status.at.toLocaleTimeString('fr-FR', { hour: '2-digit', minute: '2-digit' })}`
          : 'Enregistré'
      case 'pending':
        return 'Modifications en attente…'
      case 'saving':
        return 'Enregistrement…'
      case 'invalid':
        return 'Enregistré, sauf les champs signalés à corriger'
      case 'error':
        return `Non enregistré : ${status.message}`
    }
  })()
  return (
    <p className={`autosave autosave--${status.state}`} role="status" aria-live="polite">
      {text}
    </p>
  )
}

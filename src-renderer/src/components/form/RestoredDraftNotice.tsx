/** Tells that unsaved values from an earlier visit were put back, with a way to drop them. */
export function RestoredDraftNotice({ onDiscard }: { onDiscard: () => void }) {
  return (
    <div className="alert alert--info" role="status">
      Des modifications non enregistrées lors d’une visite précédente ont été remises dans le formulaire.{' '}
      <button type="button" className="button button--quiet" onClick={onDiscard}>
        Les abandonner
      </button>
    </div>
  )
}

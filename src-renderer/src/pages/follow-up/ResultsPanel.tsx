import type { FollowUpView } from '@shared/domain/follow-up'
import { PeriodResultsForm } from './PeriodResultsForm'

/** Indicator results per contract year, against the targets the convention set. */
export function ResultsPanel({
  view,
  today,
  onChanged
}: {
  view: FollowUpView
  today: string
  onChanged: () => void
}) {
  // Periods not begun yet stay out of the way; they open on their first day.
  const open = view.periods.filter((period) => period.start <= today)
  const later = view.periods.length - open.length
  const canRecord = ['active', 'ended', 'terminated'].includes(view.agreement.status)
  return (
    <section className="panel" aria-labelledby="resultats">
      <h2 id="resultats" tabIndex={-1}>
        Résultats des indicateurs
      </h2>
      {view.indicators.length === 0 ? (
        <p className="muted">La convention ne fixe aucun indicateur.</p>
      ) : !canRecord ? (
        <p className="muted">Les résultats se saisissent une fois la convention commencée.</p>
      ) : (
        <>
          <p className="muted">La cible de chaque indicateur s’entend par année de convention.</p>
          {open.map((period) => (
            <PeriodResultsForm
              key={period.number}
              agreementId={view.agreement.id}
              period={period}
              indicators={view.indicators}
              results={view.results}
              onSaved={onChanged}
            />
          ))}
          {later > 0 ? (
            <p className="muted">
              {later} période{later > 1 ? 's' : ''} à venir : la saisie s’ouvrira à leur début.
            </p>
          ) : null}
        </>
      )}
    </section>
  )
}

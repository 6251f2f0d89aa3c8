import type { HomeRefresh } from '@shared/ipc/contract'
import { Alert } from '../../components/Alert'
import { plural } from '../../plural'

/** Up to this many, the references are said in the sentence; past it, they wait in a disclosure. */
const SAID_INLINE = 3

const what = (change: HomeRefresh['applied'][number]) =>
  `${change.reference} ${change.to === 'active' ? 'a commencé' : 'est terminée'}`

/**
 * What the app changed on its own at opening (conventions started or ended at their dates), counted: a large
 * portfolio would otherwise open on a wall of references. Each one stays readable in « Détails ».
 */
export function AutomaticChangesNotice({ applied }: { applied: HomeRefresh['applied'] }) {
  if (applied.length === 0) return null
  if (applied.length <= SAID_INLINE)
    return <Alert tone="info">Mis à jour à la date du jour : {applied.map(what).join(' ; ')}.</Alert>
  const started = applied.filter((change) => change.to === 'active').length
  const ended = applied.length - started
  const counts = [
    started > 0 ? `${plural(started, 'convention a commencé', 'conventions ont commencé')}` : '',
    ended > 0 ? `${plural(ended, 'convention est terminée', 'conventions sont terminées')}` : ''
  ].filter((part) => part !== '')
  return (
    <Alert tone="info">
      Mis à jour à la date du jour : {counts.join(', ')}.
      <details className="automatic-changes">
        <summary>Détails</summary>
        <ul>
          {applied.map((change) => (
            <li key={`${change.id}-${change.to}`}>{what(change)}</li>
          ))}
        </ul>
      </details>
    </Alert>
  )
}

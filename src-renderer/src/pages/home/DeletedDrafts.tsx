import { api, unwrap } from '../../api/client'
import { useQuery } from '../../api/use-query'
import { formatDateTime } from '../../format'

/** The deletion log: deleted drafts with the history they had, for the record. */
export function DeletedDrafts({ version }: { version: number }) {
  const { data: drafts } = useQuery(() => unwrap(api().lifecycle.deletedDrafts({})), [version])
  if (!drafts || drafts.length === 0) return null
  return (
    <details className="history home-deleted">
      <summary>Brouillons supprimés ({drafts.length})</summary>
      <ul>
        {drafts.map((draft) => (
          <li key={draft.id}>
            <strong>{draft.reference}</strong> — {draft.title || 'Sans titre'}
            {draft.partnerName ? ` (${draft.partnerName})` : ''}, supprimé le{' '}
            {formatDateTime(draft.deletedAt)}
            <ol>
              {draft.history.map((entry, index) => (
                <li key={index}>
                  <time dateTime={entry.at}>{formatDateTime(entry.at)}</time> — {entry.summary}
                </li>
              ))}
            </ol>
          </li>
        ))}
      </ul>
    </details>
  )
}

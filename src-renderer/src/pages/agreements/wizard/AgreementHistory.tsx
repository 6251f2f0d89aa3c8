import { api, unwrap } from '../../../api/client'
import { useQuery } from '../../../api/use-query'
import { formatDateTime } from '../../../format'

/** Every status change and significant change of the agreement, newest first. */
export function AgreementHistory({ agreementId, version }: { agreementId: number; version: string }) {
  const { data: entries } = useQuery(
    () => unwrap(api().agreements.history({ id: agreementId })),
    [agreementId, version]
  )
  return (
    <details className="history">
      <summary>Historique ({entries?.length ?? '…'})</summary>
      <ol>
        {[...(entries ?? [])].reverse().map((entry) => (
          <li key={entry.id}>
            <time dateTime={entry.at}>{formatDateTime(entry.at)}</time> — {entry.summary}
          </li>
        ))}
      </ol>
    </details>
  )
}

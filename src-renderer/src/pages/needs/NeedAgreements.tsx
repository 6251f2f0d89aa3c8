import { Link } from 'react-router'
import { AGREEMENT_STATUS_LABELS } from '@shared/domain/agreement'
import { api, unwrap } from '../../api/client'
import { useQuery } from '../../api/use-query'
import { formatDate } from '../../format'
import { agreementPath } from '../agreements/register/AgreementRegister'

/** The agreements that answer a need. */
export function NeedAgreements({ needId }: { needId: number }) {
  const { data: rows } = useQuery(() => unwrap(api().needs.agreements({ id: needId })), [needId])
  return (
    <section className="panel" aria-labelledby="need-agreements">
      <h2 id="need-agreements">Conventions liées à ce besoin</h2>
      {rows && rows.length === 0 ? <p className="muted">Aucune convention pour l’instant.</p> : null}
      <ul>
        {rows?.map((row) => (
          <li key={row.id}>
            <Link to={agreementPath(row)}>
              {row.reference} — {row.title || 'Sans titre'}
            </Link>{' '}
            ({row.partnerName ?? '—'}, {AGREEMENT_STATUS_LABELS[row.status]}, début{' '}
            {formatDate(row.startDate)})
          </li>
        ))}
      </ul>
    </section>
  )
}

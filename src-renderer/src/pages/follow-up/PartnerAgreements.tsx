import { Link } from 'react-router'
import { AGREEMENT_STATUS_LABELS } from '@shared/domain/agreement'
import type { PartnerAgreementFollowUp } from '@shared/domain/follow-up'
import { api, unwrap } from '../../api/client'
import { useQuery } from '../../api/use-query'
import { formatDate } from '../../format'
import '../home/life.css'

function openLink(row: PartnerAgreementFollowUp): string {
  if (row.status === 'draft') return `/conventions/${row.id}/etape/1`
  if (row.status === 'ready_for_signature') return `/conventions/${row.id}/documents`
  return `/conventions/${row.id}/suivi`
}

/** The partner's conventions, with their follow-up at a glance (mounted on the partner page). */
export function PartnerAgreements({ partnerId }: { partnerId: number }) {
  const { data: rows, error } = useQuery(() => unwrap(api().followUp.byPartner({ partnerId })), [partnerId])
  return (
    <section className="panel" aria-labelledby="partner-agreements">
      <h2 id="partner-agreements">Conventions</h2>
      {error ? <p className="field-error">{error}</p> : null}
      {rows && rows.length === 0 ? (
        <p className="muted">Aucune convention avec ce partenaire pour l’instant.</p>
      ) : null}
      {rows && rows.length > 0 ? (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">Convention</th>
              <th scope="col">Statut</th>
              <th scope="col">Période</th>
              <th scope="col">Comités</th>
              <th scope="col">Atteinte des indicateurs</th>
              <th scope="col">Bilan final</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id}>
                <th scope="row">
                  <Link to={openLink(row)}>{row.reference}</Link>
                  <div className="muted">{row.title || 'Sans titre'}</div>
                </th>
                <td>
                  <span className={`status status--${row.status}`}>
                    {AGREEMENT_STATUS_LABELS[row.status]}
                  </span>
                </td>
                <td className="nowrap">
                  {formatDate(row.startDate)} → {formatDate(row.effectiveEndDate)}
                </td>
                <td>
                  {row.meetingCount}
                  {row.lastMeetingOn ? (
                    <span className="muted"> (dernier le {formatDate(row.lastMeetingOn)})</span>
                  ) : null}
                </td>
                <td>{row.achievementPercent === null ? '—' : `${row.achievementPercent} % en moyenne`}</td>
                <td>{row.evaluated ? 'Rédigé' : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  )
}

import { useState } from 'react'
import { Link, useNavigate } from 'react-router'
import { AGREEMENT_STATUS_LABELS } from '@shared/domain/agreement'
import type { FollowUpView } from '@shared/domain/follow-up'
import { api, unwrap } from '../../api/client'
import { Alert } from '../../components/Alert'
import { formatDate } from '../../format'
import { TerminationForm } from './TerminationForm'
import { TerminationLetters } from './TerminationLetters'
import { useBusyAction } from '../../components/use-busy-action'

interface LifecyclePanelProps {
  view: FollowUpView
  today: string
  onChanged: () => void
}

/** Where the convention stands and what can happen next: start, end, early termination, renewal. */
export function LifecyclePanel({ view, today, onChanged }: LifecyclePanelProps) {
  const { agreement } = view
  const navigate = useNavigate()
  const [terminating, setTerminating] = useState(false)
  const move = useBusyAction(async (to: 'active' | 'ended') => {
    await unwrap(api().agreements.transition({ id: agreement.id, to }))
    onChanged()
  })
  const renew = useBusyAction(async () => {
    const renewal = await unwrap(api().lifecycle.renew({ id: agreement.id }))
    await navigate(`/conventions/${renewal.agreement.id}/etape/${renewal.agreement.wizardStep}`)
  })
  const running = agreement.status === 'signed' || agreement.status === 'active'
  const canStart =
    agreement.status === 'signed' && agreement.startDate !== null && agreement.startDate <= today
  const canEnd = agreement.status === 'active' && agreement.endDate !== null && agreement.endDate <= today
  const canRenew = running || agreement.status === 'ended'
  return (
    <section className="panel" aria-labelledby="cycle">
      <h2 id="cycle" tabIndex={-1}>
        Cycle de vie
      </h2>
      <dl className="definition-list">
        <dt>Statut</dt>
        <dd>
          <span className={`status status--${agreement.status}`}>
            {AGREEMENT_STATUS_LABELS[agreement.status]}
          </span>
        </dd>
        <dt>Période</dt>
        <dd>
          du {formatDate(agreement.startDate)} au {formatDate(agreement.effectiveEndDate)}
          {agreement.effectiveEndDate !== agreement.endDate
            ? ` (fin prévue le ${formatDate(agreement.endDate)})`
            : ''}
        </dd>
        {agreement.noticeDeadline ? (
          <>
            <dt>Préavis</dt>
            <dd>
              {agreement.noticeMonths} mois : à donner au plus tard le {formatDate(agreement.noticeDeadline)}
              {agreement.noticeDeadline < today && running ? (
                <span className="badge badge--warning">Dépassé</span>
              ) : null}
            </dd>
          </>
        ) : null}
        {view.renewedFrom ? (
          <>
            <dt>Renouvelle</dt>
            <dd>
              <Link to={`/conventions/${view.renewedFrom.id}/suivi`}>{view.renewedFrom.reference}</Link>
            </dd>
          </>
        ) : null}
        {view.renewedBy ? (
          <>
            <dt>Renouvelée par</dt>
            <dd>
              <Link
                to={
                  view.renewedBy.status === 'draft'
                    ? `/conventions/${view.renewedBy.id}/etape/1`
                    : `/conventions/${view.renewedBy.id}/suivi`
                }
              >
                {view.renewedBy.reference}
              </Link>{' '}
              ({AGREEMENT_STATUS_LABELS[view.renewedBy.status]})
            </dd>
          </>
        ) : null}
      </dl>
      {move.error ? <Alert tone="error">{move.error}</Alert> : null}
      {renew.error ? <Alert tone="error">{renew.error}</Alert> : null}
      <div className="form-actions">
        {canStart ? (
          <button
            type="button"
            className="button"
            disabled={move.busy}
            onClick={() => void move.run('active')}
          >
            Mettre en cours
          </button>
        ) : null}
        {canEnd ? (
          <button
            type="button"
            className="button"
            disabled={move.busy}
            onClick={() => void move.run('ended')}
          >
            Clore (arrivée à son terme)
          </button>
        ) : null}
        {canRenew && !view.renewedBy ? (
          <button
            type="button"
            className="button button--primary"
            disabled={renew.busy}
            onClick={() => void renew.run()}
          >
            {renew.busy ? 'Préparation…' : 'Renouveler (nouveau brouillon pré-rempli)'}
          </button>
        ) : null}
        {running && !terminating ? (
          <button type="button" className="button button--danger" onClick={() => setTerminating(true)}>
            Résilier…
          </button>
        ) : null}
      </div>
      {terminating ? (
        <TerminationForm
          agreementId={agreement.id}
          defaultDate={
            agreement.startDate !== null && agreement.startDate > today ? agreement.startDate : today
          }
          onCancel={() => setTerminating(false)}
          onDone={() => {
            setTerminating(false)
            onChanged()
          }}
        />
      ) : null}
      {view.termination ? (
        <TerminationLetters agreementId={agreement.id} termination={view.termination} onChanged={onChanged} />
      ) : null}
    </section>
  )
}

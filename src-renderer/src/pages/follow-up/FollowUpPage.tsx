import { useEffect } from 'react'
import { Link, useLocation, useParams } from 'react-router'
import { localIsoDate } from '@shared/agreements/agreement-dates'
import { api, unwrap } from '../../api/client'
import { useQuery } from '../../api/use-query'
import { Alert } from '../../components/Alert'
import { PageHeader } from '../../components/PageHeader'
import { AgreementHistory } from '../agreements/wizard/AgreementHistory'
import { useHomeRefresh } from '../home/home-refresh'
import { EvaluationPanel } from './EvaluationPanel'
import { LifecyclePanel } from './LifecyclePanel'
import { MeetingsPanel } from './MeetingsPanel'
import { ResultsPanel } from './ResultsPanel'
import '../home/life.css'

/**
 * `/conventions/:agreementId/suivi`: a signed convention after its signature — its life (start, end, termination,
 * renewal), committee meetings, indicator results and final evaluation. `#comites`, `#resultats`, `#bilan` and
 * `#cycle` open the page on that section (the home page links there).
 */
export function FollowUpPage() {
  const agreementId = Number(useParams()['agreementId'])
  const { hash } = useLocation()
  const refresh = useHomeRefresh()
  const {
    data: view,
    error,
    reload
  } = useQuery(() => unwrap(api().followUp.get({ id: agreementId })), [agreementId, refresh.version])
  const loaded = view !== undefined
  useEffect(() => {
    if (!loaded || hash === '') return
    const target = document.getElementById(decodeURIComponent(hash.slice(1)))
    target?.scrollIntoView({ block: 'start' })
    target?.focus()
  }, [loaded, hash])

  function changed() {
    reload()
    refresh.changed()
  }

  if (error) return <Alert tone="error">{error}</Alert>
  if (!view) return <p className="loading">Chargement…</p>
  const today = localIsoDate(new Date())
  const { agreement } = view
  return (
    <div className="follow-up">
      <PageHeader
        title={`Suivi — ${agreement.reference}`}
        actions={
          <Link className="button" to={`/conventions/${agreement.id}/documents`}>
            Documents et avenants
          </Link>
        }
      >
        <p className="page-subtitle">
          {agreement.title || 'Sans titre'}
          {agreement.partnerId !== null ? (
            <>
              {' — '}
              <Link to={`/partenaires/${agreement.partnerId}`}>{agreement.partnerName}</Link>
            </>
          ) : null}
        </p>
      </PageHeader>
      <LifecyclePanel view={view} today={today} onChanged={changed} />
      <MeetingsPanel view={view} today={today} onChanged={changed} />
      <ResultsPanel view={view} today={today} onChanged={changed} />
      <EvaluationPanel view={view} today={today} onChanged={changed} />
      <AgreementHistory
        agreementId={agreement.id}
        version={`${view.meetings.length}-${view.results.length}-${agreement.status}-${view.evaluation?.updatedAt ?? ''}-${view.termination?.letters.length ?? 0}`}
      />
    </div>
  )
}

import { useState } from 'react'
import { HOME_LIST_TITLES } from '@shared/domain/home'
import { api, unwrap } from '../../api/client'
import { useQuery } from '../../api/use-query'
import { Alert } from '../../components/Alert'
import { EmptyState } from '../../components/EmptyState'
import { PageHeader } from '../../components/PageHeader'
import { formatDate } from '../../format'
import { plural } from '../../plural'
import { useHomeRefresh } from './home-refresh'
import { AutomaticChangesNotice } from './AutomaticChangesNotice'
import { CalendarExportButton } from './CalendarExportButton'
import { DeletedDrafts } from './DeletedDrafts'
import { HomeListSection } from './HomeListSection'
import './life.css'

/** `/`: the first screen, « À traiter » — every list of things to do, each linked to where it is done. */
export function HomePage() {
  const refresh = useHomeRefresh()
  const [flash, setFlash] = useState<string>()
  const { data: home, error, reload } = useQuery(() => unwrap(api().home.lists({})), [refresh.version])
  const [deletions, setDeletions] = useState(0)

  function onDraftDeleted(reference: string) {
    setFlash(`Le brouillon ${reference} est supprimé ; son historique reste consultable plus bas.`)
    setDeletions((count) => count + 1)
    reload()
    refresh.changed()
  }

  const filled = home?.lists.filter((list) => list.total > 0) ?? []
  const empty = home?.lists.filter((list) => list.total === 0) ?? []
  return (
    <>
      <PageHeader title="À traiter" actions={<CalendarExportButton />}>
        <p className="page-subtitle">
          {home ? `Au ${formatDate(home.today)} : ${plural(home.total, 'point')} à traiter.` : ' '}
        </p>
      </PageHeader>
      <AutomaticChangesNotice applied={refresh.applied} />
      {flash ? <Alert tone="success">{flash}</Alert> : null}
      {error ? <Alert tone="error">{error}</Alert> : null}
      {!home && !error ? <p className="loading">Chargement…</p> : null}
      {home && home.total === 0 ? (
        <EmptyState title="Rien à traiter">
          <p>
            Aucun brouillon en attente, aucune signature, échéance ni suivi à prévoir dans les jours qui
            viennent.
          </p>
        </EmptyState>
      ) : null}
      {filled.map((list) => (
        <HomeListSection key={list.kind} list={list} onDraftDeleted={onDraftDeleted} />
      ))}
      {home && filled.length > 0 && empty.length > 0 ? (
        <p className="muted">
          Rien en attente : {empty.map((list) => HOME_LIST_TITLES[list.kind].toLowerCase()).join(', ')}.
        </p>
      ) : null}
      <DeletedDrafts version={deletions} />
    </>
  )
}

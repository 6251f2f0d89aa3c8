import { api, unwrap } from '../../api/client'
import { useQuery } from '../../api/use-query'
import { Alert } from '../../components/Alert'
import { PageHeader } from '../../components/PageHeader'
import { BackupsPanel } from './BackupsPanel'
import { ClauseLibraryPanel } from './ClauseLibraryPanel'
import { CertificatesPanel } from './CertificatesPanel'
import { DomainsEditor } from './DomainsEditor'
import { HeadNetworksEditor } from './HeadNetworksEditor'
import { SettingsForm } from './SettingsForm'

export function SettingsPage() {
  const { data: info } = useQuery(() => unwrap(api().app.info({})), [])
  const { data: settings, error } = useQuery(() => unwrap(api().settings.get({})), [])

  return (
    <>
      <PageHeader title="Réglages" />
      {error ? <Alert tone="error">{error}</Alert> : null}
      <section className="panel" aria-labelledby="settings-profile">
        <h2 id="settings-profile">Profil et signataire par défaut</h2>
        {settings ? <SettingsForm settings={settings} /> : <p className="loading">Chargement…</p>}
      </section>
      <section className="panel" aria-labelledby="settings-clauses">
        <h2 id="settings-clauses">Bibliothèque de clauses</h2>
        <ClauseLibraryPanel />
      </section>
      <section className="panel" aria-labelledby="settings-domains">
        <h2 id="settings-domains">Domaines d’actions</h2>
        <DomainsEditor />
      </section>
      <section className="panel" aria-labelledby="settings-networks">
        <h2 id="settings-networks">Têtes de réseau</h2>
        <HeadNetworksEditor />
      </section>
      <CertificatesPanel />
      <section className="panel" aria-labelledby="settings-backups">
        <h2 id="settings-backups">Sauvegardes</h2>
        <BackupsPanel />
      </section>
      <section className="panel" aria-labelledby="settings-data">
        <h2 id="settings-data">Données</h2>
        <dl className="definition-list">
          <dt>Version</dt>
          <dd>{info?.version ?? '…'}</dd>
          <dt>Fichier de données</dt>
          <dd className="path">{info?.databasePath ?? '…'}</dd>
        </dl>
      </section>
    </>
  )
}

import { api, unwrap } from '../../api/client'
import { useQuery } from '../../api/use-query'
import { useReference } from '../../app/reference-context'
import { PageHeader } from '../../components/PageHeader'

export function SettingsPage() {
  const { engagements, actionDomains, partnershipTypes, headNetworks } = useReference()
  const { data: info } = useQuery(() => unwrap(api().app.info({})), [])

  return (
    <>
      <PageHeader title="Réglages" />
      <section className="panel" aria-labelledby="settings-data">
        <h2 id="settings-data">Données</h2>
        <dl className="definition-list">
          <dt>Version</dt>
          <dd>{info?.version ?? '…'}</dd>
          <dt>Fichier de données</dt>
          <dd className="path">{info?.databasePath ?? '…'}</dd>
        </dl>
      </section>
      <section className="panel" aria-labelledby="settings-domains">
        <h2 id="settings-domains">Engagements et domaines d'actions</h2>
        {engagements.map((engagement) => (
          <div key={engagement.code} className="reference-group">
            <h3>{engagement.label}</h3>
            <ul>
              {actionDomains
                .filter((domain) => domain.engagement === engagement.code && !domain.archived)
                .map((domain) => (
                  <li key={domain.code}>{domain.label}</li>
                ))}
            </ul>
          </div>
        ))}
      </section>
      <section className="panel" aria-labelledby="settings-types">
        <h2 id="settings-types">Types de partenariat</h2>
        <dl className="definition-list definition-list--wide">
          {partnershipTypes.map((type) => (
            <div key={type.code}>
              <dt>{type.label}</dt>
              <dd>{type.description}</dd>
            </div>
          ))}
        </dl>
      </section>
      <section className="panel" aria-labelledby="settings-networks">
        <h2 id="settings-networks">Têtes de réseau</h2>
        <ul className="columns">
          {headNetworks
            .filter((network) => !network.archived)
            .map((network) => (
              <li key={network.id}>{network.name}</li>
            ))}
        </ul>
      </section>
    </>
  )
}

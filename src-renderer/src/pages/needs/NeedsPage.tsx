import { useState } from 'react'
import { Link, useLocation } from 'react-router'
import { api, unwrap } from '../../api/client'
import { useQuery } from '../../api/use-query'
import { Alert } from '../../components/Alert'
import { EmptyState } from '../../components/EmptyState'
import { PageHeader } from '../../components/PageHeader'
import { useDebouncedValue } from '../partners/use-debounced-value'

export function NeedsPage() {
  const [search, setSearch] = useState('')
  const debounced = useDebouncedValue(search.trim(), 200)
  const flash = (useLocation().state as { flash?: string } | null)?.flash
  const { data: needs, error } = useQuery(() => unwrap(api().needs.list({ search: debounced })), [debounced])
  const newButton = (
    <Link className="button button--primary" to="/besoins/nouveau">
      Décrire un besoin local
    </Link>
  )
  return (
    <>
      <PageHeader title="Besoins locaux" actions={newButton} />
      {flash ? <Alert tone="success">{flash}</Alert> : null}
      {error ? <Alert tone="error">{error}</Alert> : null}
      {needs?.length === 0 && debounced === '' ? (
        <EmptyState title="Aucun besoin local enregistré" action={newButton}>
          <p>
            Tout partenariat répond à un besoin local : un service qui manque, un public à atteindre, un
            emploi à pérenniser. Décrivez ici les besoins repérés sur votre territoire ; chaque convention
            partira de l’un d’eux.
          </p>
        </EmptyState>
      ) : (
        <>
          <div className="toolbar" role="search">
            <label htmlFor="needs-search">Rechercher</label>
            <input
              id="needs-search"
              type="search"
              value={search}
              onChange={(event) => setSearch(event.target.value)}
              placeholder="Titre, public, commune…"
            />
          </div>
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">Besoin</th>
                <th scope="col">Domaine</th>
                <th scope="col">Territoire</th>
                <th scope="col">Personnes concernées</th>
                <th scope="col">Conventions</th>
              </tr>
            </thead>
            <tbody>
              {(needs ?? []).map((need) => (
                <tr key={need.id}>
                  <th scope="row">
                    <Link to={`/besoins/${need.id}`}>{need.title}</Link>
                  </th>
                  <td>{need.domainLabel ?? '—'}</td>
                  <td>{need.communes.map((commune) => commune.name).join(', ') || '—'}</td>
                  <td>{need.peopleReached?.toLocaleString('fr-FR') ?? '—'}</td>
                  <td>{need.agreementCount}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {needs?.length === 0 ? (
            <p className="muted">Aucun besoin ne correspond à cette recherche.</p>
          ) : null}
        </>
      )}
    </>
  )
}

import { useId, useState } from 'react'
import { PARTNER_STATUSES } from '@shared/reference/reference-data'
import { Link, useLocation } from 'react-router'
import { api, unwrap } from '../../api/client'
import { useQuery } from '../../api/use-query'
import { useReference } from '../../app/reference-context'
import { Alert } from '../../components/Alert'
import { EmptyState } from '../../components/EmptyState'
import { PageHeader } from '../../components/PageHeader'
import { formatSiret } from '@shared/validation/siret'
import { useDebouncedValue } from './use-debounced-value'

export function PartnersPage() {
  const [search, setSearch] = useState('')
  const [includeArchived, setIncludeArchived] = useState(false)
  const debouncedSearch = useDebouncedValue(search.trim(), 200)
  const { legalForms } = useReference()
  const flash = (useLocation().state as { flash?: string } | null)?.flash
  const searchId = useId()
  const {
    data: partners,
    error,
    loading
  } = useQuery(
    () => unwrap(api().partners.list({ search: debouncedSearch, includeArchived })),
    [debouncedSearch, includeArchived]
  )
  const legalFormLabel = (code: string) => legalForms.find((form) => form.code === code)?.label ?? code
  const registerIsEmpty = partners?.length === 0 && debouncedSearch === '' && !includeArchived

  return (
    <>
      <PageHeader
        title="Partenaires"
        actions={
          <Link className="button button--primary" to="/partenaires/nouveau">
            Nouveau partenaire
          </Link>
        }
      >
        <p className="page-subtitle">Les structures de l’ESS avec lesquelles vous conventionnez.</p>
      </PageHeader>
      {flash ? <Alert tone="success">{flash}</Alert> : null}
      {error ? <Alert tone="error">{error}</Alert> : null}
      {registerIsEmpty ? (
        <EmptyState
          title="Aucun partenaire enregistré"
          action={
            <Link className="button button--primary" to="/partenaires/nouveau">
              Enregistrer un premier partenaire
            </Link>
          }
        >
          <p>
            Enregistrez les associations, ESAT, coopératives ou entreprises adaptées avec lesquelles vous
            montez un partenariat : SIRET, adresse, tête de réseau et contacts signataires.
          </p>
        </EmptyState>
      ) : (
        <>
          <div className="toolbar" role="search">
            <label htmlFor={searchId}>Rechercher</label>
            <input
              id={searchId}
              type="search"
              value={search}
              placeholder="Nom, commune, code postal, SIRET…"
              onChange={(event) => setSearch(event.target.value)}
            />
            <label className="toolbar-check">
              <input
                type="checkbox"
                checked={includeArchived}
                onChange={(event) => setIncludeArchived(event.target.checked)}
              />
              Afficher les partenaires archivés
            </label>
          </div>
          <p className="result-count" aria-live="polite">
            {loading && !partners
              ? 'Chargement…'
              : `${partners?.length ?? 0} partenaire${(partners?.length ?? 0) > 1 ? 's' : ''}`}
          </p>
          {partners && partners.length > 0 ? (
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">Structure</th>
                  <th scope="col">Forme juridique</th>
                  <th scope="col">SIRET</th>
                  <th scope="col">Commune</th>
                  <th scope="col">Tête de réseau</th>
                  <th scope="col">Contacts</th>
                </tr>
              </thead>
              <tbody>
                {partners.map((partner) => (
                  <tr key={partner.id} className={partner.archived ? 'row--archived' : undefined}>
                    <th scope="row">
                      <Link to={`/partenaires/${partner.id}`}>{partner.name}</Link>
                      {partner.archived ? <span className="badge">Archivé</span> : null}
                    </th>
                    <td>
                      {legalFormLabel(partner.legalForm)}
                      {PARTNER_STATUSES.filter((status) => partner.statuses.includes(status.code)).map(
                        (status) => (
                          <span key={status.code} className="badge" title={status.label}>
                            {status.shortLabel}
                          </span>
                        )
                      )}
                    </td>
                    <td className="nowrap">{partner.siret ? formatSiret(partner.siret) : '—'}</td>
                    <td>{partner.commune ? `${partner.postalCode ?? ''} ${partner.commune}` : '—'}</td>
                    <td>{partner.headNetwork ?? '—'}</td>
                    <td>{partner.contactCount}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
          {partners?.length === 0 ? (
            <p className="muted">Aucun partenaire ne correspond à cette recherche.</p>
          ) : null}
        </>
      )}
    </>
  )
}

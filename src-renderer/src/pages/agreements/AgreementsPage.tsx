import { useState } from 'react'
import { Link } from 'react-router'
import type { AgreementSortKey } from '@shared/schemas/agreement-query.schema'
import { Alert } from '../../components/Alert'
import { EmptyState } from '../../components/EmptyState'
import { PageHeader } from '../../components/PageHeader'
import { useDebouncedValue } from '../partners/use-debounced-value'
import { AgreementFilters, type RegisterFilters } from './register/AgreementFilters'
import { AgreementRegister } from './register/AgreementRegister'
import { useAgreementRows } from './register/use-agreement-rows'

/** The register of agreements: search, filters, sort, and every agreement a scroll away. */
export function AgreementsPage() {
  const [search, setSearch] = useState('')
  const [filters, setFilters] = useState<RegisterFilters>({})
  const [sort, setSort] = useState<AgreementSortKey>('updatedAt')
  const [direction, setDirection] = useState<'asc' | 'desc'>('desc')
  const debouncedSearch = useDebouncedValue(search.trim(), 200)
  const { total, rowAt, loadPage, error } = useAgreementRows({
    ...filters,
    ...(debouncedSearch ? { search: debouncedSearch } : {}),
    sort,
    direction
  })
  const filtering = debouncedSearch !== '' || Object.keys(filters).length > 0

  function sortBy(key: AgreementSortKey) {
    if (key === sort) setDirection(direction === 'asc' ? 'desc' : 'asc')
    else {
      setSort(key)
      setDirection('asc')
    }
  }

  const newButton = (
    <Link className="button button--primary" to="/conventions/nouvelle">
      Nouvelle convention
    </Link>
  )

  return (
    <>
      <PageHeader title="Conventions" actions={newButton} />
      {error ? <Alert tone="error">{error}</Alert> : null}
      {total === 0 && !filtering ? (
        <EmptyState title="Aucune convention pour le moment" action={newButton}>
          <p>
            Une convention part d'un besoin local et d'une structure partenaire. L'assistant vous guide
            ensuite : type de partenariat, modalités, engagements, durée, signataires. Tout est enregistré au
            fil de la saisie.
          </p>
        </EmptyState>
      ) : (
        <>
          <AgreementFilters search={search} onSearch={setSearch} filters={filters} onFilters={setFilters} />
          <p className="result-count" aria-live="polite">
            {total === undefined
              ? 'Chargement…'
              : `${total.toLocaleString('fr-FR')} convention${total > 1 ? 's' : ''}`}
          </p>
          {total ? (
            <AgreementRegister
              total={total}
              rowAt={rowAt}
              loadPage={loadPage}
              sort={sort}
              direction={direction}
              onSort={sortBy}
            />
          ) : null}
          {total === 0 ? <p className="muted">Aucune convention ne correspond à ces critères.</p> : null}
        </>
      )}
    </>
  )
}

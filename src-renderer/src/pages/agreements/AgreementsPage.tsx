import { Link } from 'react-router'
import type { AgreementSortKey } from '@shared/schemas/agreement-query.schema'
import { Alert } from '../../components/Alert'
import { EmptyState } from '../../components/EmptyState'
import { PageHeader } from '../../components/PageHeader'
import { plural } from '../../plural'
import { useDebouncedValue } from '../partners/use-debounced-value'
import { AgreementFilters } from './register/AgreementFilters'
import { AgreementRegister } from './register/AgreementRegister'
import { useAgreementRows } from './register/use-agreement-rows'
import { useRegisterState } from './register/use-register-state'

/** The register of agreements: search, filters, sort, and every agreement a scroll away. */
export function AgreementsPage() {
  const [{ search, filters, sort, direction }, update] = useRegisterState()
  const debouncedSearch = useDebouncedValue(search.trim(), 200)
  const { total, rowAt, loadPage, error } = useAgreementRows({
    ...filters,
    ...(debouncedSearch ? { search: debouncedSearch } : {}),
    sort,
    direction
  })
  const filtering = debouncedSearch !== '' || Object.keys(filters).length > 0

  function sortBy(key: AgreementSortKey) {
    if (key === sort) update({ direction: direction === 'asc' ? 'desc' : 'asc' })
    else update({ sort: key, direction: 'asc' })
  }

  const newButton = (
    <Link className="button button--primary" to="/conventions/nouvelle">
      Nouvelle convention
    </Link>
  )

  return (
    <div className="register-page">
      <PageHeader title="Conventions" actions={newButton} />
      {error ? <Alert tone="error">{error}</Alert> : null}
      {total === 0 && !filtering ? (
        <EmptyState title="Aucune convention pour le moment" action={newButton}>
          <p>
            Une convention part d’un besoin local et d’une structure partenaire. L’assistant vous guide
            ensuite : type de partenariat, modalités, engagements, durée, signataires. Tout est enregistré au
            fil de la saisie.
          </p>
        </EmptyState>
      ) : (
        <>
          <AgreementFilters
            search={search}
            onSearch={(value) => update({ search: value })}
            filters={filters}
            onFilters={(value) => update({ filters: value })}
          />
          <p className="result-count" aria-live="polite">
            {total === undefined ? 'Chargement…' : plural(total, 'convention')}
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
    </div>
  )
}

import { useId } from 'react'
import { AGREEMENT_STATUSES, AGREEMENT_STATUS_LABELS } from '@shared/domain/agreement'
import type { AgreementQuery } from '@shared/schemas/agreement-query.schema'
import { useReference } from '../../../app/reference-context'

export type RegisterFilters = Omit<AgreementQuery, 'limit' | 'offset' | 'search'>

interface AgreementFiltersProps {
  search: string
  onSearch: (value: string) => void
  filters: RegisterFilters
  onFilters: (filters: RegisterFilters) => void
}

const THIS_YEAR = new Date().getFullYear()
const YEARS = Array.from({ length: 8 }, (_, index) => THIS_YEAR + 1 - index)

/** Full-text search and the register's filters (type, status, domain, head network, year). */
export function AgreementFilters({ search, onSearch, filters, onFilters }: AgreementFiltersProps) {
  const { partnershipTypes, actionDomains, headNetworks } = useReference()
  const id = useId()
  function select<K extends keyof RegisterFilters>(key: K, value: RegisterFilters[K] | undefined) {
    const next = { ...filters }
    if (value === undefined) delete next[key]
    else next[key] = value
    onFilters(next)
  }
  const numberOrUndefined = (value: string) => (value === '' ? undefined : Number(value))

  return (
    <div className="filters" role="search">
      <div className="filter filter--search">
        <label htmlFor={`${id}-search`}>Rechercher</label>
        <input
          id={`${id}-search`}
          type="search"
          value={search}
          placeholder="Référence, titre, partenaire, besoin, commune…"
          onChange={(event) => onSearch(event.target.value)}
        />
      </div>
      <div className="filter">
        <label htmlFor={`${id}-type`}>Type</label>
        <select
          id={`${id}-type`}
          value={filters.type ?? ''}
          onChange={(event) => select('type', (event.target.value || undefined) as RegisterFilters['type'])}
        >
          <option value="">Tous</option>
          {partnershipTypes.map((type) => (
            <option key={type.code} value={type.code}>
              {type.label}
            </option>
          ))}
        </select>
      </div>
      <div className="filter">
        <label htmlFor={`${id}-status`}>Statut</label>
        <select
          id={`${id}-status`}
          value={filters.status ?? ''}
          onChange={(event) =>
            select('status', (event.target.value || undefined) as RegisterFilters['status'])
          }
        >
          <option value="">Tous</option>
          {AGREEMENT_STATUSES.map((status) => (
            <option key={status} value={status}>
              {AGREEMENT_STATUS_LABELS[status]}
            </option>
          ))}
        </select>
      </div>
      <div className="filter">
        <label htmlFor={`${id}-domain`}>Domaine</label>
        <select
          id={`${id}-domain`}
          value={filters.domainId ?? ''}
          onChange={(event) => select('domainId', numberOrUndefined(event.target.value))}
        >
          <option value="">Tous</option>
          {actionDomains.map((domain) => (
            <option key={domain.id} value={domain.id}>
              {domain.label}
            </option>
          ))}
        </select>
      </div>
      <div className="filter">
        <label htmlFor={`${id}-network`}>Tête de réseau</label>
        <select
          id={`${id}-network`}
          value={filters.headNetworkId ?? ''}
          onChange={(event) => select('headNetworkId', numberOrUndefined(event.target.value))}
        >
          <option value="">Toutes</option>
          {headNetworks.map((network) => (
            <option key={network.id} value={network.id}>
              {network.name}
            </option>
          ))}
        </select>
      </div>
      <div className="filter">
        <label htmlFor={`${id}-year`}>Année</label>
        <select
          id={`${id}-year`}
          value={filters.year ?? ''}
          onChange={(event) => select('year', numberOrUndefined(event.target.value))}
        >
          <option value="">Toutes</option>
          {YEARS.map((year) => (
            <option key={year} value={year}>
              {year}
            </option>
          ))}
        </select>
      </div>
      <label className="filter filter--check">
        <input
          type="checkbox"
          checked={filters.endingSoon ?? false}
          onChange={(event) => select('endingSoon', event.target.checked || undefined)}
        />
        Se terminent dans 60 jours
      </label>
    </div>
  )
}

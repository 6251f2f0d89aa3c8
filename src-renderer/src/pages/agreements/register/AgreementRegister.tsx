import { useVirtualizer } from '@tanstack/react-virtual'
import { useEffect, useRef } from 'react'
import { Link } from 'react-router'
import type { AgreementSummary } from '@shared/domain/agreement'
import type { AgreementSortKey } from '@shared/schemas/agreement-query.schema'
import { useReference } from '../../../app/reference-context'
import { StatusBadge } from '../../../components/StatusBadge'
import { formatDate } from '../../../format'
import { PAGE_SIZE } from './use-agreement-rows'

const COLUMNS: ReadonlyArray<{ key: AgreementSortKey; label: string }> = [
  { key: 'reference', label: 'Référence' },
  { key: 'title', label: 'Titre' },
  { key: 'partnerName', label: 'Partenaire' },
  { key: 'type', label: 'Type' },
  { key: 'status', label: 'Statut' },
  { key: 'startDate', label: 'Début' },
  { key: 'endDate', label: 'Fin' }
]

const ROW_HEIGHT = 48

/** A draft opens at its step in the wizard; anything further along opens as a read-only convention. */
export function agreementPath(row: Pick<AgreementSummary, 'id' | 'status' | 'wizardStep'>): string {
  return row.status === 'draft' ? `/conventions/${row.id}/etape/${row.wizardStep}` : `/conventions/${row.id}`
}

interface AgreementRegisterProps {
  total: number
  rowAt: (index: number) => AgreementSummary | undefined
  loadPage: (page: number) => void
  sort: AgreementSortKey
  direction: 'asc' | 'desc'
  onSort: (key: AgreementSortKey) => void
}

/** The register as an ARIA grid of virtual rows: only the visible rows exist in the page. */
export function AgreementRegister({
  total,
  rowAt,
  loadPage,
  sort,
  direction,
  onSort
}: AgreementRegisterProps) {
  const { partnershipTypes } = useReference()
  const scroller = useRef<HTMLDivElement>(null)
  // eslint-disable-next-line react-hooks/incompatible-library -- this app does not use the React Compiler
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12
  })
  const items = virtualizer.getVirtualItems()
  const firstPage = items.length > 0 ? Math.floor((items[0]?.index ?? 0) / PAGE_SIZE) : 0
  const lastPage = items.length > 0 ? Math.floor((items[items.length - 1]?.index ?? 0) / PAGE_SIZE) : 0
  useEffect(() => {
    for (let page = firstPage; page <= lastPage; page += 1) loadPage(page)
  }, [firstPage, lastPage, loadPage])
  const typeLabel = (code: string | null) => partnershipTypes.find((type) => type.code === code)?.label ?? '—'

  return (
    <div className="register" role="table" aria-label="Registre des conventions" aria-rowcount={total + 1}>
      <div className="register-row register-head" role="row" aria-rowindex={1}>
        {COLUMNS.map((column) => (
          <div
            key={column.key}
            role="columnheader"
            className={`register-cell register-cell--${column.key}`}
            aria-sort={sort === column.key ? (direction === 'asc' ? 'ascending' : 'descending') : undefined}
          >
            <button type="button" className="sort-button" onClick={() => onSort(column.key)}>
              {column.label}
              <span aria-hidden="true">{sort === column.key ? (direction === 'asc' ? ' ▲' : ' ▼') : ''}</span>
            </button>
          </div>
        ))}
      </div>
      <div
        ref={scroller}
        className="register-body"
        role="rowgroup"
        tabIndex={0}
        aria-label="Conventions (défilement)"
      >
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {items.map((item) => {
            const row = rowAt(item.index)
            return (
              <div
                key={item.key}
                role="row"
                aria-rowindex={item.index + 2}
                className={`register-row${row?.endingSoon ? ' register-row--ending' : ''}`}
                style={{
                  position: 'absolute',
                  top: 0,
                  left: 0,
                  width: '100%',
                  height: ROW_HEIGHT,
                  transform: `translateY(${item.start}px)`
                }}
              >
                {row ? (
                  <>
                    <div role="cell" className="register-cell register-cell--reference">
                      {row.reference}
                    </div>
                    <div role="cell" className="register-cell register-cell--title" title={row.title}>
                      <Link to={agreementPath(row)}>{row.title || 'Sans titre'}</Link>
                    </div>
                    <div
                      role="cell"
                      className="register-cell register-cell--partnerName"
                      title={row.partnerName ?? ''}
                    >
                      {row.partnerName ?? '—'}
                    </div>
                    <div
                      role="cell"
                      className="register-cell register-cell--type"
                      title={typeLabel(row.type)}
                    >
                      {typeLabel(row.type)}
                    </div>
                    <div role="cell" className="register-cell register-cell--status">
                      <StatusBadge status={row.status} />
                    </div>
                    <div role="cell" className="register-cell register-cell--startDate">
                      {formatDate(row.startDate)}
                    </div>
                    <div role="cell" className="register-cell register-cell--endDate">
                      {formatDate(row.endDate)}
                      {row.endingSoon ? <span className="ending-soon">Se termine bientôt</span> : null}
                    </div>
                  </>
                ) : (
                  <div role="cell" className="register-cell muted">
                    Chargement…
                  </div>
                )}
              </div>
            )
          })}
        </div>
      </div>
    </div>
  )
}

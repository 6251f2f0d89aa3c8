import { Link } from 'react-router'
import type { Agreement } from '@shared/domain/agreement'
import { StatusBadge } from '../../../components/StatusBadge'

/** Reference, status and title of a convention, as every page about it shows them. */
export function AgreementViewHeader({ agreement, subtitle }: { agreement: Agreement; subtitle?: string }) {
  const title = agreement.title || 'Convention sans titre'
  return (
    <header className="page-header page-header--compact">
      <p className="page-breadcrumb">
        <Link to="/conventions">← Registre</Link>
        <span className="reference">{agreement.reference}</span>
        <StatusBadge status={agreement.status} />
      </p>
      <div className="page-title-row">
        <h1 tabIndex={-1} className="page-title--one-line" title={title}>
          {subtitle ? `${subtitle} · ${title}` : title}
        </h1>
      </div>
    </header>
  )
}

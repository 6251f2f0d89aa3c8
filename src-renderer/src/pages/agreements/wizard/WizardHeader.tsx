import { Link } from 'react-router'
import type { Agreement } from '@shared/domain/agreement'
import { StatusBadge } from '../../../components/StatusBadge'
import { AutosaveIndicator } from './AutosaveIndicator'
import { DuplicateButton } from './DuplicateButton'
import type { AutosaveStatus } from './use-autosave'

/**
 * The wizard's header on one line at 1366 px: the title (shortened with its full text on hover and for screen
 * readers), then the actions; above it a small line with the way back, the reference, the status and the save.
 */
export function WizardHeader({ agreement, status }: { agreement: Agreement; status: AutosaveStatus }) {
  const title = agreement.title || 'Convention sans titre'
  return (
    <header className="page-header page-header--compact">
      <div className="page-breadcrumb">
        <Link to="/conventions">← Registre</Link>
        <span className="reference">{agreement.reference}</span>
        <StatusBadge status={agreement.status} />
        <AutosaveIndicator status={status} />
      </div>
      <div className="page-title-row">
        <h1 tabIndex={-1} className="page-title--one-line" title={title}>
          {title}
        </h1>
        <div className="page-actions">
          <Link className="button" to={`/conventions/${agreement.id}/documents`}>
            Documents
          </Link>
          <DuplicateButton agreementId={agreement.id} />
        </div>
      </div>
    </header>
  )
}

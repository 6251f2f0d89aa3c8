import { PageHeader } from '../../components/PageHeader'
import { ExportForm } from './ExportForm'
import { ImportPanel } from './ImportPanel'
import './exchange.css'

/** « Échanges »: export bundles for head networks, import bundles from them or from colleagues. */
export function ExchangePage() {
  return (
    <div className="exchange-page">
      <PageHeader title="Échanges">
        <p className="page-subtitle">
          Partagez vos conventions avec une tête de réseau ou un collègue, et importez les leurs.
        </p>
      </PageHeader>
      <div className="exchange-columns">
        <ExportForm />
        <ImportPanel />
      </div>
    </div>
  )
}

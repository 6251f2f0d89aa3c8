import { PageHeader } from '../../components/PageHeader'
import { ExportForm } from './ExportForm'
import { ImportPanel } from './ImportPanel'

/** « Échanges »: export bundles for head networks, import bundles from them or from colleagues. */
export function ExchangePage() {
  return (
    <>
      <PageHeader title="Échanges">
        <p>Partagez vos conventions avec une tête de réseau ou un collègue, et importez les leurs.</p>
      </PageHeader>
      <ExportForm />
      <ImportPanel />
    </>
  )
}

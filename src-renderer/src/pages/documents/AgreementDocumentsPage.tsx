import { useParams, useSearchParams } from 'react-router'
import { api, unwrap } from '../../api/client'
import { useQuery } from '../../api/use-query'
import { Alert } from '../../components/Alert'
import { AgreementViewHeader } from '../agreements/view/AgreementViewHeader'
import { AgreementDocumentsPanel } from './AgreementDocumentsPanel'

/** The documents of one agreement, titled with its reference, title and status (which a signature changes). */
export function AgreementDocumentsPage() {
  const agreementId = Number(useParams().agreementId)
  const [searchParams] = useSearchParams()
  const {
    data: view,
    error,
    reload
  } = useQuery(() => unwrap(api().agreements.get({ id: agreementId })), [agreementId])
  if (error) return <Alert tone="error">{error}</Alert>
  if (!view) return <p className="loading">Chargement de la convention…</p>
  return (
    <>
      <AgreementViewHeader agreement={view.agreement} subtitle="Documents" />
      <AgreementDocumentsPanel
        agreementId={agreementId}
        openAmendment={searchParams.get('avenant') === '1'}
        onChanged={reload}
      />
    </>
  )
}

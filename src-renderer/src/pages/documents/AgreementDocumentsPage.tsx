import { Link, useParams } from 'react-router'
import { PageHeader } from '../../components/PageHeader'
import { AgreementDocumentsPanel } from './AgreementDocumentsPanel'

/** The documents of one agreement on a page of their own (the agreement page also mounts the panel). */
export function AgreementDocumentsPage() {
  const agreementId = Number(useParams().agreementId)
  return (
    <>
      <PageHeader title="Documents de la convention">
        <p className="page-subtitle">
          <Link to={`/conventions/${agreementId}/etape/8`}>Retour à la convention</Link>
        </p>
      </PageHeader>
      <AgreementDocumentsPanel agreementId={agreementId} />
    </>
  )
}

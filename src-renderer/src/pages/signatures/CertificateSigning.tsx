import { useState } from 'react'
import type { DocumentVersion } from '@shared/domain/document'
import type { CertificateSignatureSummary } from '@shared/signatures/certificate-summary'
import { SIGNATURE_LEVEL_LABELS } from '@shared/signatures/signature-level'
import { api, unwrap } from '../../api/client'
import { useQuery } from '../../api/use-query'
import { formatDateTime } from '../../format'
import { CertificateSignForm } from './CertificateSignForm'
import { PartnerPdfForm } from './PartnerPdfForm'

const PARTY_LABELS = { 'la-poste': 'La Poste', partner: 'le Partenaire' } as const

interface Props {
  agreementId: number
  amendmentId: number | null
  /** Whether a version for signature is waiting (the convention is ready, or an amendment is pending). */
  open: boolean
  place: string
  /** On the partner's installation, the PDF La Poste signed and sent, waiting for the partner's signature. */
  receivedPdf: DocumentVersion | null
  onSigned: (message: string) => void
}

/**
 * Signing with certificates, in the documents panel: the signatures already made, one party signing with a
 * certificate of this installation, and the PDF the partner sends back signed with their own software.
 */
export function CertificateSigning({ agreementId, amendmentId, open, place, receivedPdf, onSigned }: Props) {
  const [revision, setRevision] = useState(0)
  const signatures = useQuery(() => unwrap(api().signatures.list({ agreementId })), [agreementId, revision])
  const overview = useQuery(() => unwrap(api().certificates.overview({})), [])
  const own = (signatures.data ?? []).filter((signature) => signature.amendmentId === amendmentId)
  const latestSource = own.at(-1)?.sourceVersionId
  const current = own.filter((signature) => signature.sourceVersionId === latestSource)
  const signed = new Set(current.map((signature) => signature.party))
  const done = (message: string) => {
    setRevision((value) => value + 1)
    onSigned(message)
  }

  // Signed by hand, or nothing waiting: an empty heading would suggest something is missing.
  if (own.length === 0 && !((open || receivedPdf) && overview.data)) return null
  return (
    <div className="certificate-signing">
      <h3>Signature électronique par certificat</h3>
      {own.length > 0 ? <SignatureList signatures={own} /> : null}
      {receivedPdf && amendmentId === null && overview.data ? (
        <>
          <p>
            Le PDF signé par La Poste a été reçu de {receivedPdf.issuedBy}. Signez-le ici pour le Partenaire :
            la signature de La Poste est vérifiée d’abord, puis le fichier signé est enregistré pour être
            renvoyé.
          </p>
          <CertificateSignForm
            agreementId={agreementId}
            amendmentId={null}
            certificates={overview.data.certificates}
            parties={['partner']}
            place={place}
            received
            onSigned={done}
          />
        </>
      ) : open && overview.data ? (
        <>
          <CertificateSignForm
            agreementId={agreementId}
            amendmentId={amendmentId}
            certificates={overview.data.certificates}
            parties={(['la-poste', 'partner'] as const).filter((party) => !signed.has(party))}
            place={place}
            onSigned={done}
          />
          {signed.has('la-poste') && !signed.has('partner') ? (
            <PartnerPdfForm agreementId={agreementId} amendmentId={amendmentId} onRecorded={done} />
          ) : null}
        </>
      ) : null}
    </div>
  )
}

function SignatureList({ signatures }: { signatures: CertificateSignatureSummary[] }) {
  return (
    <ul className="signature-list">
      {signatures.map((signature) => (
        <li key={signature.id}>
          {signature.signerName} pour {PARTY_LABELS[signature.party]} — {formatDateTime(signature.signedAt)}
          {signature.place ? ` à ${signature.place}` : ''} — {SIGNATURE_LEVEL_LABELS[signature.level]}
          {signature.receivedIn ? ` — reçue dans ${signature.receivedIn}` : ''}
        </li>
      ))}
    </ul>
  )
}

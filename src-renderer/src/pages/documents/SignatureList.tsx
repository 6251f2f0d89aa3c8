import type { SignatureRecord } from '@shared/domain/document'
import type { SignatureMethod } from '@shared/documents/signature-block'
import { formatDateTime } from '../../format'

const METHOD_LABELS: Record<SignatureMethod, string> = {
  drawn: 'signature tracée',
  typed: 'signature saisie au clavier',
  scanned: 'copie papier numérisée'
}

/** Who signed, for whom, when, where and how; the fingerprint of the version signed waits in « Détails ». */
export function SignatureList({ signatures }: { signatures: SignatureRecord[] }) {
  return (
    <ul className="signature-list">
      {signatures.map((signature) => (
        <li key={signature.id}>
          {signature.signerName} ({signature.party === 'la-poste' ? 'La Poste' : 'partenaire'}) —{' '}
          {formatDateTime(signature.signedAt)} à {signature.place} — {METHOD_LABELS[signature.method]}
          {signature.imported ? ' — reçue par fichier d’échange' : null}
          <details className="details-inline">
            <summary>Détails</summary>
            Empreinte SHA-256 de la version signée : <code>{signature.documentSha256}</code>
          </details>
        </li>
      ))}
    </ul>
  )
}

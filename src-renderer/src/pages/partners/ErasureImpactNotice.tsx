import { useState } from 'react'
import type { ErasureImpact } from '@shared/domain/erasure-impact'
import { DOCUMENT_KIND_LABELS } from '@shared/documents/labels'
import { api, errorMessage, unwrap } from '../../api/client'
import { Alert } from '../../components/Alert'
import { formatDateTime } from '../../format'
import { plural } from '../../plural'

/**
 * What erasure does not rewrite, and why: the contact's signatures and the documents issued with their name prove
 * signed agreements. Exports that are not anonymised still carry them; an anonymised export of the same agreements
 * is offered.
 */
export function ErasureImpactNotice({ impact, after }: { impact: ErasureImpact; after: boolean }) {
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string }>()
  if (impact.signatures.length === 0 && impact.documents.length === 0) return null

  async function exportAnonymised() {
    setBusy(true)
    setMessage(undefined)
    try {
      const outcome = await unwrap(
        api().exchange.export({ selection: { kind: 'ids', ids: impact.agreementIds }, anonymised: true })
      )
      if (outcome)
        setMessage({
          tone: 'success',
          text: `Export anonymisé de ${plural(outcome.agreementCount, 'convention')} écrit : ${outcome.filePath}`
        })
    } catch (failure) {
      setMessage({ tone: 'error', text: errorMessage(failure) })
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="stack">
      <Alert tone="info">
        {after ? 'Le nom' : `Même effacé, le nom de ${impact.contactName}`} reste dans{' '}
        {plural(impact.signatures.length, 'signature')} et {plural(impact.documents.length, 'document')} émis
        : ils sont la preuve des conventions signées, que l’effacement ne réécrit pas (le RGPD le permet pour
        la constatation et la défense de droits). Les exports qui ne sont pas anonymisés les contiennent
        toujours.
      </Alert>
      <ul>
        {impact.signatures.map((signature, index) => (
          <li key={`s${index}`}>
            Signature de la convention {signature.reference} du {formatDateTime(signature.signedAt)}
            {signature.received ? ' (reçue par fichier d’échange)' : ''}
          </li>
        ))}
        {impact.documents.map((document, index) => (
          <li key={`d${index}`}>
            Document {document.reference}, version {document.version} (
            {DOCUMENT_KIND_LABELS[document.kind].toLowerCase()})
          </li>
        ))}
      </ul>
      <div>
        <button type="button" className="button" disabled={busy} onClick={() => void exportAnonymised()}>
          Exporter ces conventions sans coordonnées (anonymisé)
        </button>
        {busy ? <span role="status"> Export en cours…</span> : null}
      </div>
      {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
    </div>
  )
}

import './documents.css'
import { useState } from 'react'
import type { DocumentVersion } from '@shared/domain/document'
import { api, errorMessage, unwrap } from '../../api/client'
import { useQuery } from '../../api/use-query'
import { Alert } from '../../components/Alert'
import { AmendmentForm } from './AmendmentForm'
import { DocumentPreview } from './DocumentPreview'
import { ScanAttachForm } from './ScanAttachForm'
import { SignatureDialog, type Signatory } from './SignatureDialog'
import { VersionsTable } from './VersionsTable'
import { formatDateTime } from '../../format'
import { CertificateSigning } from '../signatures/CertificateSigning'

/**
 * The latest "for signature" Word version of the convention or of a pending amendment: the one to sign, when this
 * installation issued it (a received version is signed only once generated again here).
 */
function signableVersion(versions: DocumentVersion[], amendmentId: number | null): DocumentVersion | null {
  const own = versions.filter((version) => version.amendmentId === amendmentId)
  const latest = own.at(-1)
  const latestDocx = [...own].reverse().find((version) => version.format === 'docx')
  return latestDocx &&
    latestDocx.kind === 'for_signature' &&
    latestDocx.issuedBy === null &&
    latest?.kind === 'for_signature'
    ? latestDocx
    : null
}

/**
 * Documents of one agreement: generate, preview, print or export to PDF, the versions with their fingerprints,
 * signing with drawn signatures, and amendments once signed. Mounted on the agreement page.
 */
export function AgreementDocumentsPanel({ agreementId }: { agreementId: number }) {
  const [revision, setRevision] = useState(0)
  const [message, setMessage] = useState<{ tone: 'error' | 'success'; text: string }>()
  const [showPreview, setShowPreview] = useState(false)
  const [signing, setSigning] = useState<DocumentVersion | null>(null)
  const [amendmentId, setAmendmentId] = useState<number | null>(null)
  const view = useQuery(() => unwrap(api().agreements.get({ id: agreementId })), [agreementId, revision])
  const documents = useQuery(() => unwrap(api().documents.list({ id: agreementId })), [agreementId, revision])
  const agreement = view.data?.agreement
  const partner = useQuery(
    () =>
      agreement?.partnerId ? unwrap(api().partners.get({ id: agreement.partnerId })) : Promise.resolve(null),
    [agreement?.partnerId ?? null]
  )
  const pendingAmendment =
    documents.data?.amendments.find((amendment) => amendment.status === 'draft') ?? null
  const target = { agreementId, amendmentId }
  const preview = useQuery(
    () => unwrap(api().documents.preview(target)),
    [agreementId, amendmentId, revision]
  )

  async function run(action: () => Promise<string | null>) {
    setMessage(undefined)
    try {
      const text = await action()
      if (text) setMessage({ tone: 'success', text })
      setRevision((value) => value + 1)
    } catch (failure) {
      setMessage({ tone: 'error', text: errorMessage(failure) })
    }
  }

  if (!agreement || !documents.data) return <p className="loading">Chargement des documents…</p>
  const contact = partner.data?.contacts.find((entry) => entry.id === agreement.partnerSignatoryContactId)
  const signatories: Signatory[] = [
    {
      party: 'la-poste',
      partyName: 'La Poste',
      signerName: agreement.laPosteSignatory.name,
      signerTitle: agreement.laPosteSignatory.title
    },
    {
      party: 'partner',
      partyName: partner.data?.name ?? 'le partenaire',
      signerName: contact?.name ?? '',
      signerTitle: contact?.role ?? ''
    }
  ]
  const signable = signableVersion(documents.data.versions, pendingAmendment?.id ?? null)
  const canAmend =
    (agreement.status === 'signed' || agreement.status === 'active') && pendingAmendment === null

  return (
    <section className="panel documents-panel" aria-labelledby="documents-title">
      <h2 id="documents-title">Documents</h2>
      {pendingAmendment ? (
        <div className="radio-group radio-group--inline" role="radiogroup" aria-label="Document concerné">
          <label className="radio-choice">
            <input type="radio" checked={amendmentId === null} onChange={() => setAmendmentId(null)} />{' '}
            Convention
          </label>
          <label className="radio-choice">
            <input
              type="radio"
              checked={amendmentId === pendingAmendment.id}
              onChange={() => setAmendmentId(pendingAmendment.id)}
            />{' '}
            Avenant n° {pendingAmendment.number}
          </label>
        </div>
      ) : null}
      <div className="page-actions">
        <button
          type="button"
          className="button button--primary"
          onClick={() =>
            void run(async () => {
              const version = await unwrap(api().documents.generate(target))
              return `Version ${version.version} générée (${version.fileName.split('/').at(-1)}).`
            })
          }
        >
          Générer le document Word
        </button>
        <button
          type="button"
          className="button"
          aria-expanded={showPreview}
          onClick={() => setShowPreview((shown) => !shown)}
        >
          {showPreview ? 'Masquer l’aperçu' : 'Aperçu'}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => void run(async () => (await unwrap(api().documents.print(target)), null))}
        >
          Imprimer
        </button>
        <button
          type="button"
          className="button"
          onClick={() =>
            void run(async () => {
              const exported = await unwrap(api().documents.exportPdf(target))
              return exported ? `PDF enregistré : ${exported.savedTo}` : null
            })
          }
        >
          Exporter en PDF
        </button>
      </div>
      {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
      {showPreview && preview.data ? <DocumentPreview html={preview.data} /> : null}
      <h3>Versions</h3>
      <VersionsTable
        versions={documents.data.versions}
        amendments={documents.data.amendments}
        signableId={signable?.id ?? null}
        onSaveAs={(version) =>
          void run(async () => {
            const saved = await unwrap(api().documents.saveAs({ versionId: version.id }))
            return saved ? `Enregistré : ${saved.savedTo}` : null
          })
        }
        onShowInFolder={(version) =>
          void run(async () => (await unwrap(api().documents.showInFolder({ versionId: version.id })), null))
        }
        onSign={setSigning}
      />
      {signable ? (
        <ScanAttachForm
          version={signable}
          signatories={signatories}
          place={agreement.place}
          onAttached={() => {
            setMessage({ tone: 'success', text: 'Copie signée jointe : signatures enregistrées.' })
            setRevision((value) => value + 1)
          }}
        />
      ) : null}
      <CertificateSigning
        agreementId={agreementId}
        amendmentId={pendingAmendment?.id ?? null}
        open={agreement.status === 'ready_for_signature' || pendingAmendment !== null}
        place={agreement.place}
        onSigned={(text) => void run(async () => text)}
      />
      {documents.data.signatures.length > 0 ? (
        <>
          <h3>Signatures</h3>
          <ul className="signature-list">
            {documents.data.signatures.map((signature) => (
              <li key={signature.id}>
                {signature.signerName} ({signature.party === 'la-poste' ? 'La Poste' : 'partenaire'}) —{' '}
                {formatDateTime(signature.signedAt)} à {signature.place} —{' '}
                {signature.method === 'drawn' ? 'signature tracée' : 'copie papier numérisée'} — version
                signée <code title={signature.documentSha256}>{signature.documentSha256.slice(0, 12)}</code>
                {signature.imported ? ' — reçue par fichier d’échange' : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {documents.data.amendments.length > 0 ? (
        <>
          <h3>Avenants</h3>
          <ol className="amendment-list">
            {documents.data.amendments.map((amendment) => (
              <li key={amendment.id}>
                {amendment.reference} — {amendment.reason} —{' '}
                {amendment.status === 'signed' ? 'signé' : 'à signer'}
              </li>
            ))}
          </ol>
        </>
      ) : null}
      {canAmend && preview.data ? (
        <AmendmentForm
          agreementId={agreementId}
          onCreated={(amendment) => {
            setAmendmentId(amendment.id)
            setRevision((value) => value + 1)
          }}
        />
      ) : null}
      {signing ? (
        <SignatureDialog
          version={signing}
          signatories={signatories}
          place={agreement.place}
          onSigned={(signed) => {
            setSigning(null)
            setMessage({ tone: 'success', text: `Document signé : version ${signed.version} enregistrée.` })
            setRevision((value) => value + 1)
          }}
          onClose={() => setSigning(null)}
        />
      ) : null}
    </section>
  )
}

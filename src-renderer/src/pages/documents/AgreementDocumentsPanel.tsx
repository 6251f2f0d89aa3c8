import './documents.css'
import { useState } from 'react'
import type { DocumentVersion } from '@shared/domain/document'
import { api, unwrap } from '../../api/client'
import { useQuery } from '../../api/use-query'
import { ActionButton } from '../../components/ActionButton'
import { Alert } from '../../components/Alert'
import { AmendmentForm } from './AmendmentForm'
import { DocumentPreview } from './DocumentPreview'
import { ScanAttachForm } from './ScanAttachForm'
import { SignatureDialog, type Signatory } from './SignatureDialog'
import { SignatureList } from './SignatureList'
import { receivedPdfToSign, signableVersion } from './signable-version'
import { VersionsTable } from './VersionsTable'
import { CertificateSigning } from '../signatures/CertificateSigning'

interface AgreementDocumentsPanelProps {
  agreementId: number
  /** Open the amendment form at once (« Rédiger un avenant » from the convention). */
  openAmendment?: boolean
  /** Told after each change (a signature changes the convention's status). */
  onChanged?: () => void
}

/**
 * Documents of one agreement: generate, preview, print or export to PDF, the versions, signing (drawn, typed or
 * on paper), and amendments once signed. Every action button is busy while its call runs.
 */
export function AgreementDocumentsPanel({
  agreementId,
  openAmendment = false,
  onChanged
}: AgreementDocumentsPanelProps) {
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

  function changed(text: string | null) {
    setMessage(text ? { tone: 'success', text } : undefined)
    setRevision((value) => value + 1)
    onChanged?.()
  }
  const showError = (text: string) => setMessage({ tone: 'error', text })

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
        <fieldset className="radio-group radio-group--inline">
          <legend>Document concerné</legend>
          <label className="radio-choice">
            <input type="radio" checked={amendmentId === null} onChange={() => setAmendmentId(null)} />
            Convention
          </label>
          <label className="radio-choice">
            <input
              type="radio"
              checked={amendmentId === pendingAmendment.id}
              onChange={() => setAmendmentId(pendingAmendment.id)}
            />
            Avenant n° {pendingAmendment.number}
          </label>
        </fieldset>
      ) : null}
      <div className="page-actions">
        <ActionButton
          variant="primary"
          busyLabel="Génération…"
          onError={showError}
          onAction={async () => {
            const version = await unwrap(api().documents.generate(target))
            changed(`Version ${version.version} générée : elle figure dans la liste ci-dessous.`)
          }}
        >
          Générer le document Word
        </ActionButton>
        <button
          type="button"
          className="button"
          aria-expanded={showPreview}
          onClick={() => setShowPreview((shown) => !shown)}
        >
          {showPreview ? 'Masquer l’aperçu' : 'Aperçu'}
        </button>
        <ActionButton
          busyLabel="Impression…"
          onError={showError}
          onAction={async () => {
            await unwrap(api().documents.print(target))
            changed(null)
          }}
        >
          Imprimer
        </ActionButton>
        <ActionButton
          busyLabel="Export en cours…"
          onError={showError}
          onAction={async () => {
            const exported = await unwrap(api().documents.exportPdf(target))
            changed(exported ? `PDF enregistré : ${exported.savedTo}` : null)
          }}
        >
          Exporter en PDF
        </ActionButton>
      </div>
      {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
      {showPreview && preview.data ? <DocumentPreview html={preview.data} /> : null}
      <h3>Versions</h3>
      <VersionsTable
        versions={documents.data.versions}
        amendments={documents.data.amendments}
        signableId={signable?.id ?? null}
        onSaveAs={async (version) => {
          const saved = await unwrap(api().documents.saveAs({ versionId: version.id }))
          changed(saved ? `Enregistré : ${saved.savedTo}` : null)
        }}
        onShowInFolder={async (version) => {
          await unwrap(api().documents.showInFolder({ versionId: version.id }))
        }}
        onSign={setSigning}
        onError={showError}
      />
      {signable ? (
        <ScanAttachForm
          version={signable}
          signatories={signatories}
          place={agreement.place}
          onAttached={() => changed('Copie signée jointe : signatures enregistrées.')}
        />
      ) : null}
      <CertificateSigning
        agreementId={agreementId}
        amendmentId={pendingAmendment?.id ?? null}
        open={agreement.status === 'ready_for_signature' || pendingAmendment !== null}
        place={agreement.place}
        receivedPdf={receivedPdfToSign(documents.data.versions)}
        onSigned={(text) => changed(text)}
      />
      {documents.data.signatures.length > 0 ? (
        <>
          <h3>Signatures</h3>
          <SignatureList signatures={documents.data.signatures} />
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
          open={openAmendment}
          onCreated={(amendment) => {
            setAmendmentId(amendment.id)
            changed(`Avenant n° ${amendment.number} créé : générez-le puis faites-le signer.`)
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
            changed(`Document signé : version ${signed.version} enregistrée.`)
          }}
          onClose={() => setSigning(null)}
        />
      ) : null}
    </section>
  )
}

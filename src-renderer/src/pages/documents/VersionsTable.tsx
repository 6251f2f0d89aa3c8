import { formatByteSize } from '@shared/format/byte-size'
import { DOCUMENT_KIND_LABELS } from '@shared/documents/labels'
import type { Amendment, DocumentVersion } from '@shared/domain/document'
import { ActionButton } from '../../components/ActionButton'
import { formatDateTime } from '../../format'
import { OpenInWordButton } from './OpenInWordButton'

interface VersionsTableProps {
  versions: DocumentVersion[]
  amendments: Amendment[]
  signableId: number | null
  onSaveAs: (version: DocumentVersion) => Promise<void>
  onShowInFolder: (version: DocumentVersion) => Promise<void>
  onSign: (version: DocumentVersion) => void
  onError: (message: string) => void
}

/**
 * Every issued file, oldest first: its document (convention or avenant), kind, format, size and date; the file
 * name and fingerprint wait in « Détails »; a version received in an exchange bundle names who issued it.
 */
export function VersionsTable({
  versions,
  amendments,
  signableId,
  onSaveAs,
  onShowInFolder,
  onSign,
  onError
}: VersionsTableProps) {
  if (versions.length === 0) return <p className="muted">Aucun document généré pour l’instant.</p>
  const documentName = (version: DocumentVersion) => {
    const amendment = amendments.find((entry) => entry.id === version.amendmentId)
    return amendment ? `Avenant n° ${amendment.number}` : 'Convention'
  }
  return (
    <table className="data-table documents-table">
      <caption className="visually-hidden">Versions des documents</caption>
      <thead>
        <tr>
          <th scope="col">Document</th>
          <th scope="col">Version</th>
          <th scope="col">Type</th>
          <th scope="col">Format</th>
          <th scope="col">Taille</th>
          <th scope="col">Date</th>
          <th scope="col">Actions</th>
        </tr>
      </thead>
      <tbody>
        {versions.map((version) => (
          <tr key={version.id}>
            <td>
              {documentName(version)}
              {version.issuedBy ? (
                <span className="muted version-origin">
                  Reçu par fichier d’échange, émis par {version.issuedBy}
                </span>
              ) : null}
              <details className="details-inline">
                <summary>Détails</summary>
                <dl className="details-list">
                  <dt>Fichier</dt>
                  <dd>
                    <code>{version.fileName.split(/[\\/]/).at(-1)}</code>
                  </dd>
                  <dt>Empreinte SHA-256</dt>
                  <dd>
                    <code>{version.sha256}</code>
                  </dd>
                </dl>
              </details>
            </td>
            <td>{version.version}</td>
            <td>{DOCUMENT_KIND_LABELS[version.kind]}</td>
            <td>{version.format === 'docx' ? 'Word' : 'PDF'}</td>
            <td className="nowrap">{formatByteSize(version.sizeBytes)}</td>
            <td className="nowrap">{formatDateTime(version.createdAt)}</td>
            <td className="row-actions">
              <OpenInWordButton version={version} />
              <ActionButton
                variant="quiet"
                busyLabel="Enregistrement…"
                onError={onError}
                onAction={() => onSaveAs(version)}
              >
                Enregistrer sous…
              </ActionButton>
              <ActionButton
                variant="quiet"
                busyLabel="Ouverture…"
                onError={onError}
                onAction={() => onShowInFolder(version)}
              >
                Ouvrir le dossier
              </ActionButton>
              {version.id === signableId ? (
                <button type="button" className="button button--primary" onClick={() => onSign(version)}>
                  Faire signer
                </button>
              ) : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

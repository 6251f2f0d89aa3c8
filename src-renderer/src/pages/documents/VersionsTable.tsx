import { formatByteSize } from '@shared/format/byte-size'
import { DOCUMENT_KIND_LABELS } from '@shared/documents/labels'
import type { Amendment, DocumentVersion } from '@shared/domain/document'
import { formatDateTime } from '../../format'
import { OpenInWordButton } from './OpenInWordButton'

interface VersionsTableProps {
  versions: DocumentVersion[]
  amendments: Amendment[]
  signableId: number | null
  onSaveAs: (version: DocumentVersion) => void
  onShowInFolder: (version: DocumentVersion) => void
  onSign: (version: DocumentVersion) => void
}

/**
 * Every issued file, oldest first: its document (convention or avenant), kind, format, size, date and fingerprint;
 * a version received in an exchange bundle names who issued it.
 */
export function VersionsTable({
  versions,
  amendments,
  signableId,
  onSaveAs,
  onShowInFolder,
  onSign
}: VersionsTableProps) {
  if (versions.length === 0) return <p className="muted">Aucun document généré pour l’instant.</p>
  const documentName = (version: DocumentVersion) => {
    const amendment = amendments.find((entry) => entry.id === version.amendmentId)
    return amendment ? `Avenant n° ${amendment.number}` : 'Convention'
  }
  return (
    <table className="data-table documents-table">
      <caption className="sr-only">Versions des documents</caption>
      <thead>
        <tr>
          <th scope="col">Document</th>
          <th scope="col">Version</th>
          <th scope="col">Type</th>
          <th scope="col">Format</th>
          <th scope="col">Taille</th>
          <th scope="col">Date</th>
          <th scope="col">Empreinte</th>
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
            </td>
            <td>{version.version}</td>
            <td>{DOCUMENT_KIND_LABELS[version.kind]}</td>
            <td>{version.format === 'docx' ? 'Word' : 'PDF'}</td>
            <td className="nowrap">{formatByteSize(version.sizeBytes)}</td>
            <td className="nowrap">{formatDateTime(version.createdAt)}</td>
            <td>
              <code title={version.sha256}>{version.sha256.slice(0, 12)}</code>
            </td>
            <td className="row-actions">
              <OpenInWordButton version={version} />
              <button type="button" className="button button--quiet" onClick={() => onSaveAs(version)}>
                Enregistrer sous…
              </button>
              <button type="button" className="button button--quiet" onClick={() => onShowInFolder(version)}>
                Ouvrir le dossier
              </button>
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

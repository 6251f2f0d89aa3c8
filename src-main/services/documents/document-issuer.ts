import { randomUUID } from 'node:crypto'
import { rm } from 'node:fs/promises'
import type { AppDatabase } from '../../db/schema'
import { DOCUMENT_KIND_LABELS } from '../../shared/documents/labels'
import type { DocumentVersion } from '../../shared/domain/document'
import { ConflictError, NotFoundError } from '../../shared/errors'
import { addHistory } from '../agreements/agreement.repository'
import { insertClauseSources } from './clauses/clause-wordings.repository'
import { createDocumentExclusive, documentPath, DocumentNameTaken, sha256 } from './document-files'
import { findVersion, nextVersionNumber, toDocumentVersion } from './document.repository'
import { documentReference, producerOf, type IssueRequest, type Producer } from './document-render'

export {
  buildModel,
  documentReference,
  packDocx,
  producerOf,
  textSha256,
  type IssueRequest,
  type IssueTarget,
  type ProducedFile,
  type Producer
} from './document-render'

/** How many times a generation raced by others retries with the next number before it gives up. */
const ATTEMPTS = 6

class VersionTaken extends Error {}

export interface VersionIssue extends Omit<IssueRequest, 'version'> {
  format: 'docx' | 'pdf'
  /** Renders the numbered request to the file's bytes; the document id goes into the file's properties. */
  produce: Producer
}

/**
 * Issues a version: its number is the next one when the record is written, inside the write transaction. The file
 * is rendered with that number and created under a name no other call can take; if another generation recorded the
 * number first, this one deletes its own file and starts again with the next number. Whatever `alsoInTransaction`
 * writes (signatures, status change) commits with the version or not at all, and a failed call removes only the file
 * it created: never a recorded version without its file, never a file overwritten.
 */
export async function issueVersion(
  db: AppDatabase,
  folder: string,
  issue: VersionIssue,
  at: string,
  alsoInTransaction?: (trx: AppDatabase, versionId: number) => Promise<void>
): Promise<DocumentVersion> {
  const agreementId = issue.sources.agreement.id
  const amendmentId = issue.amendment?.id ?? null
  let version = await nextVersionNumber(db, agreementId, amendmentId)
  for (let attempt = 0; attempt < ATTEMPTS; attempt += 1) {
    const documentId = randomUUID()
    const { produce, ...request } = issue
    const { bytes, fingerprint, clauseSources } = await produce({ ...request, version }, documentId)
    const reference = documentReference(issue)
    const name = `${issue.sources.agreement.reference}/${reference}-v${version}-${issue.kind.replace('_', '-')}.${issue.format}`
    let fileName: string
    try {
      fileName = await createDocumentExclusive(folder, name, bytes)
    } catch (error) {
      if (!(error instanceof DocumentNameTaken)) throw error
      version = Math.max(version + 1, await nextVersionNumber(db, agreementId, amendmentId))
      continue
    }
    try {
      const id = await db.transaction().execute(async (trx) => {
        if ((await nextVersionNumber(trx, agreementId, amendmentId)) > version) throw new VersionTaken()
        const inserted = await trx
          .insertInto('document_versions')
          .values({
            agreement_id: agreementId,
            amendment_id: amendmentId,
            version,
            kind: issue.kind,
            format: issue.format,
            file_name: fileName,
            sha256: sha256(bytes),
            size_bytes: bytes.length,
            document_id: documentId,
            content_fingerprint: fingerprint,
            created_at: at
          })
          .returning('id')
          .executeTakeFirstOrThrow()
        await insertClauseSources(trx, inserted.id, clauseSources)
        const what = issue.amendment ? `de l’avenant n° ${issue.amendment.number}` : 'de la convention'
        await addHistory(trx, agreementId, at, {
          kind: 'changed',
          summary: `Document ${what} généré : version ${version} (${DOCUMENT_KIND_LABELS[issue.kind].toLowerCase()}, ${issue.format === 'pdf' ? 'PDF' : 'Word'}), empreinte ${sha256(bytes).slice(0, 12)}.`
        })
        await alsoInTransaction?.(trx, inserted.id)
        return inserted.id
      })
      const row = await findVersion(db, id)
      if (!row)
        throw new NotFoundError(
          'Le document généré a disparu aussitôt : la convention vient sans doute d’être supprimée.'
        )
      return toDocumentVersion(row)
    } catch (error) {
      await rm(documentPath(folder, fileName), { force: true })
      if (!(error instanceof VersionTaken)) throw error
      version = await nextVersionNumber(db, agreementId, amendmentId)
    }
  }
  throw new ConflictError(
    'Ce document est en cours de génération par une autre action : patientez un instant puis réessayez.'
  )
}

/** Issues a DOCX version (see `issueVersion`), rendered in this thread unless a worker pool's producer is given. */
export function issueDocx(
  db: AppDatabase,
  folder: string,
  request: Omit<IssueRequest, 'version'>,
  at: string,
  alsoInTransaction?: (trx: AppDatabase, versionId: number) => Promise<void>,
  produce: Producer = producerOf()
): Promise<DocumentVersion> {
  return issueVersion(db, folder, { ...request, format: 'docx', produce }, at, alsoInTransaction)
}

import { randomUUID } from 'node:crypto'
import { rm } from 'node:fs/promises'
import { Packer } from 'docx'
import type { AppDatabase } from '../../db/schema'
import type { AmendmentFacts } from '../../shared/documents/build-amendment'
import { buildAmendmentModel } from '../../shared/documents/build-amendment'
import { buildConventionModel } from '../../shared/documents/build-convention'
import type { DocumentModel } from '../../shared/documents/document-model'
import type { DocumentSources } from '../../shared/documents/document-sources'
import { DOCUMENT_KIND_LABELS, type DocumentKind } from '../../shared/documents/labels'
import type { SigningRecord } from '../../shared/documents/signature-block'
import type { DocumentVersion } from '../../shared/domain/document'
import { addHistory } from '../agreements/agreement.repository'
import { documentPath, sha256, storeDocument } from './document-files'
import { findVersion, toDocumentVersion } from './document.repository'
import { renderDocx } from './docx/render-docx'

/** What is being issued: the convention itself, or one of its amendments. */
export interface IssueTarget {
  sources: DocumentSources
  amendment: (AmendmentFacts & { id: number; reference: string; status: 'draft' | 'signed' }) | null
}

export interface IssueRequest extends IssueTarget {
  kind: DocumentKind
  version: number
  signing?: SigningRecord
}

export function documentReference(target: IssueTarget): string {
  return target.amendment?.reference ?? target.sources.agreement.reference
}

/** The model of a document, with the footer's short fingerprint computed from the content itself. */
export function buildModel(
  request: IssueRequest,
  sha256Of: (text: string) => string
): { model: DocumentModel; fingerprint: string } {
  const meta = {
    reference: documentReference(request),
    version: request.version,
    kindLabel: DOCUMENT_KIND_LABELS[request.kind],
    shortFingerprint: ''
  }
  const model = request.amendment
    ? buildAmendmentModel(request.sources, request.amendment, meta, request.signing)
    : buildConventionModel(request.sources, meta, request.signing)
  const fingerprint = sha256Of(JSON.stringify(model))
  model.meta.shortFingerprint = fingerprint.slice(0, 12)
  return { model, fingerprint }
}

export const textSha256 = (text: string) => sha256(Buffer.from(text, 'utf8'))

/** Renders and packs a model to DOCX bytes: the one place where `Packer` runs. */
export async function packDocx(model: DocumentModel, documentId: string): Promise<Buffer> {
  return Packer.toBuffer(renderDocx(model, documentId))
}

/**
 * Issues a DOCX version: writes the file atomically, then records it (and whatever `alsoInTransaction` writes, such
 * as signatures and the status change) in one transaction. A failed transaction removes the file it wrote.
 */
export async function issueDocx(
  db: AppDatabase,
  folder: string,
  request: IssueRequest,
  at: string,
  alsoInTransaction?: (trx: AppDatabase, versionId: number) => Promise<void>
): Promise<DocumentVersion> {
  const documentId = randomUUID()
  const { model, fingerprint } = buildModel(request, textSha256)
  const bytes = await packDocx(model, documentId)
  const reference = documentReference(request)
  const base = request.sources.agreement.reference
  const fileName = await storeDocument(
    folder,
    `${base}/${reference}-v${request.version}-${request.kind.replace('_', '-')}.docx`,
    bytes
  )
  try {
    const id = await db.transaction().execute(async (trx) => {
      const inserted = await trx
        .insertInto('document_versions')
        .values({
          agreement_id: request.sources.agreement.id,
          amendment_id: request.amendment?.id ?? null,
          version: request.version,
          kind: request.kind,
          format: 'docx',
          file_name: fileName,
          sha256: sha256(bytes),
          size_bytes: bytes.length,
          document_id: documentId,
          content_fingerprint: fingerprint,
          created_at: at
        })
        .returning('id')
        .executeTakeFirstOrThrow()
      const what = request.amendment ? `de l’avenant n° ${request.amendment.number}` : 'de la convention'
      await addHistory(trx, request.sources.agreement.id, at, {
        kind: 'changed',
        summary: `Document ${what} généré : version ${request.version} (${DOCUMENT_KIND_LABELS[request.kind].toLowerCase()}), empreinte ${sha256(bytes).slice(0, 12)}.`
      })
      await alsoInTransaction?.(trx, inserted.id)
      return inserted.id
    })
    const row = await findVersion(db, id)
    if (!row) throw new Error('Version introuvable après son enregistrement.')
    return toDocumentVersion(row)
  } catch (error) {
    await rm(documentPath(folder, fileName), { force: true })
    throw error
  }
}

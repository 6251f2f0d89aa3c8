import { createHash } from 'node:crypto'
import type { AmendmentFacts } from '../../shared/documents/build-amendment'
import { buildAmendmentModel } from '../../shared/documents/build-amendment'
import { buildConventionModel, clauseSourcesOf } from '../../shared/documents/build-convention'
import type { ClauseSource, ClauseWordings } from '../../shared/documents/clause-library/clause-definition'
import type { DocumentModel } from '../../shared/documents/document-model'
import type { DocumentSources } from '../../shared/documents/document-sources'
import { DOCUMENT_KIND_LABELS, type DocumentKind } from '../../shared/documents/labels'
import type { SigningRecord } from '../../shared/documents/signature-block'
import { packDocument } from './docx/docx-package'

/**
 * Building a document's model and rendering it to DOCX bytes: the CPU-heavy step, kept apart from files and records
 * so that the render worker threads load only this and the document model, not the database layer.
 */

/** What is being issued: the convention itself, or one of its amendments, with the library wordings in force. */
export interface IssueTarget {
  sources: DocumentSources
  amendment: (AmendmentFacts & { id: number; reference: string; status: 'draft' | 'signed' }) | null
  wordings: ClauseWordings
}

export interface IssueRequest extends IssueTarget {
  kind: DocumentKind
  version: number
  signing?: SigningRecord
  /** A convention issued to be signed with certificates: its formula is that of one electronic original. */
  electronicOriginal?: boolean
  /** The on-screen preview: labelled « aperçu — non émis », with no fingerprint. */
  preview?: boolean
}

export function documentReference(target: Pick<IssueTarget, 'sources' | 'amendment'>): string {
  return target.amendment?.reference ?? target.sources.agreement.reference
}

/** The model of a document and the fingerprint of its content (recorded with the version, to compare models). */
export function buildModel(
  request: IssueRequest,
  sha256Of: (text: string) => string
): { model: DocumentModel; fingerprint: string } {
  const meta = {
    reference: documentReference(request),
    version: request.version,
    kindLabel: DOCUMENT_KIND_LABELS[request.kind],
    draft: request.kind === 'draft',
    final: request.kind === 'signed',
    author: request.sources.settings.coordinator.name,
    ...(request.preview ? { preview: true } : {})
  }
  const model = request.amendment
    ? buildAmendmentModel(
        request.sources,
        request.amendment,
        meta,
        request.signing,
        request.wordings,
        request.electronicOriginal ?? false
      )
    : buildConventionModel(
        request.sources,
        meta,
        request.signing,
        request.wordings,
        request.electronicOriginal ?? false
      )
  const fingerprint = sha256Of(JSON.stringify(model))
  return { model, fingerprint }
}

export const textSha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex')

/** Renders and packs a model to DOCX bytes. */
export function packDocx(model: DocumentModel, documentId: string): Promise<Uint8Array> {
  return packDocument(model, documentId)
}

/** A rendered file, with what its record keeps of the model. */
export interface ProducedFile {
  bytes: Uint8Array
  fingerprint: string
  clauseSources: ClauseSource[]
}

/** Builds the model of a numbered request and renders it: the CPU-heavy step, which worker threads may take. */
export type Producer = (request: IssueRequest, documentId: string) => Promise<ProducedFile>

/** A producer rendering the model with `render` (DOCX by default) in this thread. */
export function producerOf(
  render: (model: DocumentModel, documentId: string) => Promise<Uint8Array> = packDocx
): Producer {
  return async (request, documentId) => {
    const { model, fingerprint } = buildModel(request, textSha256)
    return { bytes: await render(model, documentId), fingerprint, clauseSources: clauseSourcesOf(model) }
  }
}

import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { AppDatabase } from '../../../db/schema'
import { AppError, ConflictError } from '../../../shared/errors'
import { readDocument, sha256 } from '../../documents/document-files'
import type { DocumentService } from '../../documents/documents.service'
import type { SigningState } from './signing-state'

/**
 * The PDF the first signature applies to: printed now from the version for signature (and recorded, as any PDF
 * export), or, where nothing can print (the command line), the PDF for signature exported after that version.
 */
export async function pdfForSignature(
  db: AppDatabase,
  folder: string,
  documents: Pick<DocumentService, 'exportPdf'>,
  state: SigningState
): Promise<Buffer> {
  const scratch = await mkdtemp(join(tmpdir(), 'alliance-pdf-'))
  try {
    await documents.exportPdf(
      { agreementId: state.source.agreement_id, amendmentId: state.source.amendment_id },
      join(scratch, 'pour-signature.pdf')
    )
  } catch (error) {
    if (!(error instanceof AppError && error.code === 'FORBIDDEN')) throw error
  } finally {
    await rm(scratch, { recursive: true, force: true })
  }
  let query = db
    .selectFrom('document_versions')
    .selectAll()
    .where('agreement_id', '=', state.source.agreement_id)
    .where('format', '=', 'pdf')
    .where('kind', '=', 'for_signature')
    .where('imported_from', 'is', null)
    .where('created_at', '>=', state.source.created_at)
  query =
    state.source.amendment_id === null
      ? query.where('amendment_id', 'is', null)
      : query.where('amendment_id', '=', state.source.amendment_id)
  const pdf = await query.orderBy('version', 'desc').limit(1).executeTakeFirst()
  if (!pdf)
    throw new ConflictError(
      'Aucun PDF « pour signature » n’est enregistré pour cette version : exportez-la en PDF depuis l’application (Documents › Exporter en PDF), puis signez.'
    )
  const bytes = await readDocument(folder, pdf.file_name)
  if (sha256(bytes) !== pdf.sha256)
    throw new ConflictError(
      'Le PDF « pour signature » a été modifié depuis son export : exportez-le à nouveau.'
    )
  return bytes
}

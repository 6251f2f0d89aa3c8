import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { AppDatabase } from '../../../db/schema'
import { AppError } from '../../../shared/errors'
import type { DocumentTarget } from '../../../shared/schemas/document.schema'
import { issueDocx } from '../../documents/document-issuer'
import type { DocumentService } from '../../documents/documents.service'
import { pdfForSignature } from './pdf-for-signature'
import { loadSigningState, type SigningState } from './signing-state'

type Documents = Pick<DocumentService, 'target' | 'exportPdf'>

/** The PDF of the version for signature printed as one electronic original, or null where nothing can print. */
async function printedElectronicOriginal(
  documents: Documents,
  target: DocumentTarget
): Promise<Buffer | null> {
  const scratch = await mkdtemp(join(tmpdir(), 'alliance-original-'))
  try {
    const file = join(scratch, 'original-electronique.pdf')
    await documents.exportPdf(target, file, { electronicOriginal: true })
    return await readFile(file)
  } catch (error) {
    if (error instanceof AppError && error.code === 'FORBIDDEN') return null
    throw error
  } finally {
    await rm(scratch, { recursive: true, force: true })
  }
}

/**
 * What the first signature applies to. A convention signed with certificates exists in one electronic original, so
 * its version for signature (a convention's or an amendment's) is issued again with that formula (PDF and Word
 * file, same text) and both parties sign it. Where nothing can print (the command line), the version for signature
 * as issued with its exported PDF: its audit trail page then says that the document is one electronic original.
 */
export async function firstSignatureBase(
  db: AppDatabase,
  folder: string,
  documents: Documents,
  state: SigningState,
  at: string
): Promise<{ state: SigningState; pdf: Buffer }> {
  const target = { agreementId: state.source.agreement_id, amendmentId: state.source.amendment_id }
  const pdf = await printedElectronicOriginal(documents, target)
  if (!pdf) return { state, pdf: await pdfForSignature(db, folder, documents, state) }
  await issueDocx(db, folder, { ...state.target, kind: 'for_signature', electronicOriginal: true }, at)
  return { state: await loadSigningState(db, folder, documents, target), pdf }
}

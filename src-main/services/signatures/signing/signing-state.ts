import type { AppDatabase } from '../../../db/schema'
import type { DocumentVersionRow } from '../../../db/tables/document.table'
import type { CertificateSignatureRow } from '../../../db/tables/signature.table'
import { AGREEMENT_STATUS_LABELS } from '../../../shared/domain/agreement'
import { ConflictError } from '../../../shared/errors'
import type { DocumentTarget } from '../../../shared/schemas/document.schema'
import type { IssueTarget } from '../../documents/document-issuer'
import { readDocument, sha256 } from '../../documents/document-files'
import type { DocumentService } from '../../documents/documents.service'
import { findVersion } from '../../documents/document.repository'

/** Where the cryptographic signing of a document stands: what was issued for signature, and who signed it already. */
export interface SigningState {
  target: IssueTarget
  /** The Word version "for signature" that every signature applies to. */
  source: DocumentVersionRow
  /** The certificate signatures already made on it, in order. */
  done: CertificateSignatureRow[]
  /** The files the next signature starts from: the last signed ones, or null before the first signature. */
  lastPdf: Buffer | null
  docx: Buffer
}

async function intactFile(folder: string, version: DocumentVersionRow): Promise<Buffer> {
  const bytes = await readDocument(folder, version.file_name)
  if (sha256(bytes) !== version.sha256)
    throw new ConflictError(
      `Le fichier ${version.file_name.split('/').at(-1) ?? ''} a été modifié depuis son enregistrement : il ne peut plus être signé.`
    )
  return bytes
}

function latestIssuedWordVersion(db: AppDatabase, target: DocumentTarget) {
  let query = db
    .selectFrom('document_versions')
    .selectAll()
    .where('agreement_id', '=', target.agreementId)
    .where('format', '=', 'docx')
    .where('imported_from', 'is', null)
    // The Word files that signatures produced carry the source's content: they are not sources themselves.
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('certificate_signatures')
            .select('certificate_signatures.id')
            .whereRef('certificate_signatures.docx_version_id', '=', 'document_versions.id')
        )
      )
    )
  const amendmentId = target.amendmentId ?? null
  query =
    amendmentId === null
      ? query.where('amendment_id', 'is', null)
      : query.where('amendment_id', '=', amendmentId)
  return query.orderBy('version', 'desc').limit(1).executeTakeFirst()
}

/** The version to sign must be the latest Word version, "for signature", and unchanged since it was issued. */
export async function loadSigningState(
  db: AppDatabase,
  folder: string,
  documents: Pick<DocumentService, 'target'>,
  input: DocumentTarget
): Promise<SigningState> {
  const target = await documents.target(input)
  const { agreement } = target.sources
  if (target.amendment ? target.amendment.status !== 'draft' : agreement.status !== 'ready_for_signature')
    throw new ConflictError(
      target.amendment
        ? 'Cet avenant est déjà signé.'
        : agreement.status === 'draft'
          ? `Une convention « ${AGREEMENT_STATUS_LABELS[agreement.status]} » ne peut pas être signée : passez-la d’abord « Prête pour signature ».`
          : `Cette convention est déjà signée (« ${AGREEMENT_STATUS_LABELS[agreement.status]} »).`
    )
  const source = await latestIssuedWordVersion(db, input)
  if (!source || source.kind !== 'for_signature')
    throw new ConflictError(
      'Générez d’abord le document « pour signature » : c’est lui que les parties signent.'
    )
  const done = await db
    .selectFrom('certificate_signatures')
    .selectAll()
    .where('source_version_id', '=', source.id)
    .orderBy('id')
    .execute()
  const last = done.at(-1)
  if (!last) return { target, source, done, lastPdf: null, docx: await intactFile(folder, source) }
  const recorded = async (id: number) => {
    const version = await findVersion(db, id)
    if (!version) throw new ConflictError('Un fichier signé de ce document n’est plus enregistré.')
    return version
  }
  const docxVersion = last.docx_version_id === null ? source : await recorded(last.docx_version_id)
  return {
    target,
    source,
    done,
    lastPdf: await intactFile(folder, await recorded(last.pdf_version_id)),
    docx: await intactFile(folder, docxVersion)
  }
}

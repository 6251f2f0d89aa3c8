import type { AppDatabase } from '../../db/schema'
import type { DocumentSignatureRow, DocumentVersionRow } from '../../db/tables/document.table'
import type { DocumentVersion, SignatureRecord } from '../../shared/domain/document'

/** Plain data access for document versions and signatures. */

export function toDocumentVersion(row: DocumentVersionRow): DocumentVersion {
  return {
    id: row.id,
    agreementId: row.agreement_id,
    amendmentId: row.amendment_id,
    version: row.version,
    kind: row.kind,
    format: row.format,
    fileName: row.file_name,
    sha256: row.sha256,
    sizeBytes: row.size_bytes,
    createdAt: row.created_at,
    issuedBy: row.issued_by
  }
}

export function toSignatureRecord(row: Omit<DocumentSignatureRow, 'image_png'>): SignatureRecord {
  return {
    id: row.id,
    versionId: row.version_id,
    amendmentId: row.amendment_id,
    party: row.party,
    signerName: row.signer_name,
    signerTitle: row.signer_title,
    signedAt: row.signed_at,
    place: row.place,
    method: row.method,
    documentSha256: row.document_sha256,
    imported: row.imported_from !== null
  }
}

/** Next version number of a document; with `format`, the last version of that format plus one. */
export async function nextVersionNumber(
  db: AppDatabase,
  agreementId: number,
  amendmentId: number | null,
  format?: 'docx' | 'pdf'
): Promise<number> {
  let query = db
    .selectFrom('document_versions')
    .select((eb) => eb.fn.max<number | null>('version').as('last'))
    .where('agreement_id', '=', agreementId)
  if (format) query = query.where('format', '=', format)
  query =
    amendmentId === null
      ? query.where('amendment_id', 'is', null)
      : query.where('amendment_id', '=', amendmentId)
  const row = await query.executeTakeFirst()
  return (row?.last ?? 0) + 1
}

export function findVersion(db: AppDatabase, id: number) {
  return db.selectFrom('document_versions').selectAll().where('id', '=', id).executeTakeFirst()
}

export function listVersionRows(db: AppDatabase, agreementId: number) {
  return db
    .selectFrom('document_versions')
    .selectAll()
    .where('agreement_id', '=', agreementId)
    .orderBy('amendment_id')
    .orderBy('version')
    .orderBy('format')
    .execute()
}

export function listSignatureRows(db: AppDatabase, agreementId: number) {
  return db
    .selectFrom('document_signatures')
    .select([
      'id',
      'agreement_id',
      'amendment_id',
      'version_id',
      'party',
      'signer_name',
      'signer_title',
      'signed_at',
      'place',
      'method',
      'document_sha256',
      'scan_file_name',
      'scan_sha256',
      'created_at',
      'imported_from'
    ])
    .where('agreement_id', '=', agreementId)
    .orderBy('id')
    .execute()
}

/** The signatures of the latest signed version of a convention (or of one amendment), images included. */
export async function latestSignatures(db: AppDatabase, agreementId: number, amendmentId: number | null) {
  let query = db.selectFrom('document_signatures').selectAll().where('agreement_id', '=', agreementId)
  query =
    amendmentId === null
      ? query.where('amendment_id', 'is', null)
      : query.where('amendment_id', '=', amendmentId)
  const rows = await query.orderBy('id').execute()
  const lastVersion = rows.at(-1)?.version_id
  return rows.filter((row) => row.version_id === lastVersion)
}

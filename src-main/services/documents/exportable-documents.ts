import { stat } from 'node:fs/promises'
import { join } from 'node:path'
import type { AppDatabase } from '../../db/schema'
import type { DocumentSource, ExportableDocument } from '../exchange/document-source'

/**
 * What an export bundle ships of each agreement: its latest for-signature and latest signed Word files (the
 * agreement itself, not amendments), read from the document versions the app issued, and the latest scanned copy
 * of a convention signed on paper.
 */
export function createExportableDocuments(db: AppDatabase, documentsFolder: string): DocumentSource {
  return {
    async latestForExport(agreementIds: readonly number[]): Promise<ExportableDocument[]> {
      if (agreementIds.length === 0) return []
      const rows = await db
        .selectFrom('document_versions')
        .select(['agreement_id', 'kind', 'version', 'file_name', 'sha256', 'size_bytes', 'created_at'])
        .where('agreement_id', 'in', [...agreementIds])
        .where('amendment_id', 'is', null)
        .where('format', '=', 'docx')
        .where('kind', 'in', ['for_signature', 'signed'])
        .orderBy('version', 'desc')
        .execute()
      const latest = new Map<string, ExportableDocument>()
      for (const row of rows) {
        const key = `${row.agreement_id}:${row.kind}`
        if (latest.has(key) || row.kind === 'draft') continue
        latest.set(key, {
          agreementId: row.agreement_id,
          kind: row.kind,
          version: row.version,
          filePath: join(documentsFolder, row.file_name),
          sha256: row.sha256,
          size: row.size_bytes,
          createdAt: row.created_at
        })
      }
      return [...latest.values(), ...(await latestSignedCopies(db, documentsFolder, agreementIds))]
    }
  }
}

/** The latest scanned signed copy of each agreement signed on paper, with the number of the version signed. */
async function latestSignedCopies(
  db: AppDatabase,
  documentsFolder: string,
  agreementIds: readonly number[]
): Promise<ExportableDocument[]> {
  const rows = await db
    .selectFrom('document_signatures')
    .innerJoin('document_versions', 'document_versions.id', 'document_signatures.version_id')
    .select([
      'document_signatures.agreement_id',
      'document_signatures.scan_file_name',
      'document_signatures.scan_sha256',
      'document_signatures.created_at',
      'document_versions.version'
    ])
    .where('document_signatures.agreement_id', 'in', [...agreementIds])
    .where('document_signatures.amendment_id', 'is', null)
    .where('document_signatures.method', '=', 'scanned')
    .where('document_signatures.scan_file_name', 'is not', null)
    .orderBy('document_signatures.id', 'desc')
    .execute()
  const latest = new Map<number, ExportableDocument>()
  for (const row of rows) {
    if (latest.has(row.agreement_id) || row.scan_file_name === null || row.scan_sha256 === null) continue
    const filePath = join(documentsFolder, row.scan_file_name)
    latest.set(row.agreement_id, {
      agreementId: row.agreement_id,
      kind: 'signed_copy',
      version: row.version,
      filePath,
      sha256: row.scan_sha256,
      size: (await stat(filePath)).size,
      createdAt: row.created_at
    })
  }
  return [...latest.values()]
}

import { stat } from 'node:fs/promises'
import { join } from 'node:path'
import type { AppDatabase } from '../../db/schema'
import type { DocumentSource, ExportableDocument } from '../exchange/document-source'

/**
 * What an export bundle ships of each agreement and of each of its amendments: the latest for-signature and latest
 * signed Word files, read from the document versions recorded here, and the latest scanned copy of one signed on
 * paper.
 */
export function createExportableDocuments(db: AppDatabase, documentsFolder: string): DocumentSource {
  return {
    async latestForExport(agreementIds: readonly number[]): Promise<ExportableDocument[]> {
      if (agreementIds.length === 0) return []
      const rows = await db
        .selectFrom('document_versions')
        .leftJoin('agreement_amendments', 'agreement_amendments.id', 'document_versions.amendment_id')
        .select([
          'document_versions.agreement_id',
          'agreement_amendments.number as amendment_number',
          'document_versions.kind',
          'document_versions.version',
          'document_versions.file_name',
          'document_versions.sha256',
          'document_versions.size_bytes',
          'document_versions.created_at'
        ])
        .where('document_versions.agreement_id', 'in', [...agreementIds])
        .where('document_versions.format', '=', 'docx')
        .where('document_versions.kind', 'in', ['for_signature', 'signed'])
        .orderBy('document_versions.version', 'desc')
        .execute()
      const latest = new Map<string, ExportableDocument>()
      for (const row of rows) {
        const key = `${row.agreement_id}:${row.amendment_number ?? 0}:${row.kind}`
        if (latest.has(key) || row.kind === 'draft') continue
        latest.set(key, {
          agreementId: row.agreement_id,
          amendmentNumber: row.amendment_number,
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

/** The latest scanned signed copy of each document signed on paper, with the number of the version signed. */
async function latestSignedCopies(
  db: AppDatabase,
  documentsFolder: string,
  agreementIds: readonly number[]
): Promise<ExportableDocument[]> {
  const rows = await db
    .selectFrom('document_signatures')
    .innerJoin('document_versions', 'document_versions.id', 'document_signatures.version_id')
    .leftJoin('agreement_amendments', 'agreement_amendments.id', 'document_signatures.amendment_id')
    .select([
      'document_signatures.agreement_id',
      'agreement_amendments.number as amendment_number',
      'document_signatures.scan_file_name',
      'document_signatures.scan_sha256',
      'document_signatures.created_at',
      'document_versions.version'
    ])
    .where('document_signatures.agreement_id', 'in', [...agreementIds])
    .where('document_signatures.method', '=', 'scanned')
    .where('document_signatures.scan_file_name', 'is not', null)
    .orderBy('document_signatures.id', 'desc')
    .execute()
  const latest = new Map<string, ExportableDocument>()
  for (const row of rows) {
    const key = `${row.agreement_id}:${row.amendment_number ?? 0}`
    if (latest.has(key) || row.scan_file_name === null || row.scan_sha256 === null) continue
    const filePath = join(documentsFolder, row.scan_file_name)
    latest.set(key, {
      agreementId: row.agreement_id,
      amendmentNumber: row.amendment_number,
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

import { join } from 'node:path'
import type { AppDatabase } from '../../db/schema'
import type { DocumentSource, ExportableDocument } from '../exchange/document-source'

/**
 * What an export bundle ships of each agreement: its latest for-signature and latest signed Word files (the
 * agreement itself, not amendments), read from the document versions the app issued.
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
      return [...latest.values()]
    }
  }
}

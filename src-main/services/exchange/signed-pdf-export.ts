import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { AppDatabase } from '../../db/schema'
import { verifyCryptographicSignatures } from '../signatures/signature-verifier'
import type { DocumentSource, ExportableDocument } from './document-source'

/**
 * The latest PDF of each agreement that carries certificate signatures: on La Poste's installation the convention
 * it signed, sent for the partner to sign; on the partner's, that PDF once the partner added its signature.
 */
async function latestSignedPdfs(
  db: AppDatabase,
  documentsFolder: string,
  agreementIds: readonly number[]
): Promise<ExportableDocument[]> {
  if (agreementIds.length === 0) return []
  const rows = await db
    .selectFrom('document_versions')
    .select(['agreement_id', 'kind', 'version', 'file_name', 'sha256', 'size_bytes', 'created_at'])
    .where('agreement_id', 'in', [...agreementIds])
    .where('amendment_id', 'is', null)
    .where('format', '=', 'pdf')
    .where('kind', 'in', ['for_signature', 'signed'])
    .orderBy('version', 'desc')
    .execute()
  const shipped: ExportableDocument[] = []
  const seen = new Set<number>()
  for (const row of rows) {
    if (seen.has(row.agreement_id) || (row.kind !== 'for_signature' && row.kind !== 'signed')) continue
    seen.add(row.agreement_id)
    const filePath = join(documentsFolder, row.file_name)
    // The fingerprints announced are read from the file itself. An unreadable file is still listed: the zip writer
    // then refuses the export with its own French message, as for any document that no longer matches its record.
    const bytes = await readFile(filePath).catch(() => null)
    const reports = bytes ? await verifyCryptographicSignatures(bytes, []) : []
    if (bytes && reports.length === 0) continue
    shipped.push({
      agreementId: row.agreement_id,
      amendmentNumber: null,
      kind: row.kind,
      version: row.version,
      filePath,
      sha256: row.sha256,
      size: row.size_bytes,
      createdAt: row.created_at,
      ...(bytes ? { signedBy: reports.map((report) => report.certificateFingerprint) } : {})
    })
  }
  return shipped
}

/** The documents an export ships, with the certificate-signed PDF of each agreement added to them. */
export function withSignedPdfs(
  db: AppDatabase,
  documentsFolder: string,
  source: DocumentSource
): DocumentSource {
  return {
    async latestForExport(agreementIds) {
      return [
        ...(await source.latestForExport(agreementIds)),
        ...(await latestSignedPdfs(db, documentsFolder, agreementIds))
      ]
    }
  }
}

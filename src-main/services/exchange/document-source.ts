/**
 * Where the export finds the documents to ship: the latest for-signature and signed version of each agreement.
 * Provided by the documents service; an installation without documents exports agreements only.
 */
export interface ExportableDocument {
  agreementId: number
  kind: 'for_signature' | 'signed'
  version: number
  filePath: string
  sha256: string
  size: number
  createdAt: string
}

export interface DocumentSource {
  latestForExport(agreementIds: readonly number[]): Promise<ExportableDocument[]>
}

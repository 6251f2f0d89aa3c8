/**
 * Where the export finds the documents to ship: the latest for-signature and signed version of each agreement and
 * amendment, and the scanned copy of one signed on paper. Provided by the documents service; an installation without documents
 * exports agreements only.
 */
export interface ExportableDocument {
  agreementId: number
  /** The amendment it belongs to, by number; null for the agreement itself. */
  amendmentNumber: number | null
  kind: 'for_signature' | 'signed' | 'signed_copy'
  /** For a signed copy: the number of the version signed. */
  version: number
  filePath: string
  sha256: string
  size: number
  createdAt: string
  /** For a PDF sealed with certificates: the fingerprints of the certificates whose signatures it carries. */
  signedBy?: string[]
}

export interface DocumentSource {
  latestForExport(agreementIds: readonly number[]): Promise<ExportableDocument[]>
}

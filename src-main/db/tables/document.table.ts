import type { Generated, Selectable } from 'kysely'

export interface AgreementAmendmentTable {
  id: Generated<number>
  agreement_id: number
  number: number
  reason: string
  effective_date: string | null
  /** JSON array of AmendedArticle. */
  changes: string
  status: 'draft' | 'signed'
  created_at: string
  signed_at: string | null
  /** JSON array of AmendmentChange (migration 0090); null for amendments drafted before. */
  structured_changes: string | null
  /** JSON of the amendment's named signatories, frozen when drafted. */
  signatories: string | null
  /** JSON of the register state the signed amendment replaced. */
  record_before: string | null
}

export interface DocumentVersionTable {
  id: Generated<number>
  agreement_id: number
  amendment_id: number | null
  version: number
  kind: 'draft' | 'for_signature' | 'signed'
  format: 'docx' | 'pdf'
  /** Relative to the documents folder: `<reference>/<file>`. */
  file_name: string
  sha256: string
  size_bytes: number
  /** Written into the file's properties: tells a modified copy of an issued file from an unknown file. */
  document_id: string
  /** Fingerprint of the document model; empty for an imported version (its model is not known here). */
  content_fingerprint: string
  created_at: string
  /** The exchange bundle it was received in; null when this installation issued it. */
  imported_from: string | null
  /** Who issued an imported version ("Name (Region)"); null when this installation issued it. */
  issued_by: string | null
}

export interface DocumentSignatureTable {
  id: Generated<number>
  agreement_id: number
  amendment_id: number | null
  version_id: number
  party: 'la-poste' | 'partner'
  signer_name: string
  signer_title: string
  signed_at: string
  place: string
  method: 'drawn' | 'typed' | 'scanned'
  document_sha256: string
  image_png: Uint8Array | null
  scan_file_name: string | null
  scan_sha256: string | null
  created_at: string
  /** The exchange bundle it was received in (no image nor scan then: the signed file carries them). */
  imported_from: string | null
}

export type AmendmentRow = Selectable<AgreementAmendmentTable>
export type DocumentVersionRow = Selectable<DocumentVersionTable>
export type DocumentSignatureRow = Selectable<DocumentSignatureTable>

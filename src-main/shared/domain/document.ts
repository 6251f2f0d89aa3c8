import type { DocumentKind } from '../documents/labels'
import type { AmendedArticle } from '../documents/build-amendment'
import type { AmendmentChange } from '../amendments/amendment-change.schema'
import type { SignatureMethod } from '../documents/signature-block'
import type { CryptographicSignatureReport } from '../signatures/signature-report'

/** One issued file of an agreement or of one of its amendments. */
export interface DocumentVersion {
  id: number
  agreementId: number
  amendmentId: number | null
  version: number
  kind: DocumentKind
  format: 'docx' | 'pdf'
  fileName: string
  sha256: string
  sizeBytes: number
  createdAt: string
  /** Who issued it, for a version received in an exchange bundle; null when this installation issued it. */
  issuedBy: string | null
}

export interface SignatureRecord {
  id: number
  versionId: number
  amendmentId: number | null
  party: 'la-poste' | 'partner'
  signerName: string
  signerTitle: string
  signedAt: string
  place: string
  method: SignatureMethod
  /** Fingerprint of the version signed. */
  documentSha256: string
  /** Received in an exchange bundle rather than signed here. */
  imported: boolean
}

export interface Amendment {
  id: number
  agreementId: number
  number: number
  /** `AD-2026-33-0042-A1`. */
  reference: string
  reason: string
  effectiveDate: string | null
  changes: AmendedArticle[]
  status: 'draft' | 'signed'
  createdAt: string
  signedAt: string | null
  /** The structured changes; null for an amendment drafted before they existed. */
  structuredChanges: AmendmentChange[] | null
  /** The capacities named in the amendment, who alone may sign it. */
  signatories: { laPoste: { name: string; title: string }; partner: { name: string; title: string } } | null
}

/** Everything the documents panel shows for an agreement. */
export interface AgreementDocuments {
  versions: DocumentVersion[]
  signatures: SignatureRecord[]
  amendments: Amendment[]
}

/**
 * issued: the very bytes issued; resaved: another file (re-saved by Word or LibreOffice) with exactly the issued
 * text; modified: a file that claims to be an issued version but whose text differs; unknown: none of these.
 */
export type VerificationStatus = 'issued' | 'resaved' | 'modified' | 'unknown'

export interface VerificationResult {
  status: VerificationStatus
  sha256: string
  /** The recorded version the file is (issued) or claims to be (modified). */
  match: {
    reference: string
    agreementId: number
    version: number
    kind: DocumentKind
    createdAt: string
    /** Who issued it when it was received in an exchange bundle; null when this installation issued it. */
    issuedBy: string | null
  } | null
  /** One French sentence for the user. */
  message: string
  /** For a modified DOCX: the paragraphs that differ from the issued version (the first ones, in order). */
  differences?: Array<{ issued: string | null; found: string | null }>
  /** The cryptographic signatures the file carries (PAdES, OOXML), each checked; empty when it has none. */
  signatures?: CryptographicSignatureReport[]
}

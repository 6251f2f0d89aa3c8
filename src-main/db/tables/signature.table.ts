import type { Generated, Selectable } from 'kysely'

/** A certificate that signs documents, with its private key sealed (migration 0080). */
export interface SigningCertificateTable {
  id: Generated<number>
  origin: 'personal' | 'local'
  holder: string
  /** RFC 4514 distinguished names. */
  subject: string
  issuer: string
  /** SHA-256, colon-separated hex pairs. */
  fingerprint: string
  valid_from: string
  valid_to: string
  certificate_der: Uint8Array
  /** JSON array of the chain's DER certificates, base64, nearest issuer first. */
  chain_der: string
  protection: 'system' | 'passphrase'
  sealed_key: Uint8Array
  created_at: string
}

/** A certification authority trusted for advanced signatures (migration 0080). */
export interface TrustedAuthorityTable {
  id: Generated<number>
  name: string
  subject: string
  fingerprint: string
  valid_to: string
  certificate_der: Uint8Array
  added_at: string
}

/** One party's cryptographic signature of a version "for signature" (migration 0081). */
export interface CertificateSignatureTable {
  id: Generated<number>
  agreement_id: number
  amendment_id: number | null
  source_version_id: number
  pdf_version_id: number
  docx_version_id: number | null
  party: 'la-poste' | 'partner'
  party_name: string
  signer_name: string
  signer_title: string
  place: string
  signed_at: string
  identification: string
  certificate_subject: string
  certificate_fingerprint: string
  level: 'simple' | 'advanced'
  document_sha256: string
  imported_from: string | null
  created_at: string
}

export type SigningCertificateRow = Selectable<SigningCertificateTable>
export type TrustedAuthorityRow = Selectable<TrustedAuthorityTable>
export type CertificateSignatureRow = Selectable<CertificateSignatureTable>

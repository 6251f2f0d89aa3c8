import type { SignatureLevel } from './signature-level'

/** Where a signing certificate comes from. */
export type CertificateOrigin =
  /** A personal certificate imported from a PKCS#12 file (or, later, a smart card). */
  | 'personal'
  /** Issued by this installation for itself, without any authority: simple signatures only. */
  | 'local'

/** How the private key of a stored certificate is protected at rest. */
export type KeyProtection =
  /** By the operating system's user account (Windows DPAPI, macOS Keychain, libsecret). */
  | 'system'
  /** By a passphrase asked at each signature. */
  | 'passphrase'

/** A signing certificate stored on this installation, as the Settings panel shows it (never its key). */
export interface SigningCertificateSummary {
  id: number
  origin: CertificateOrigin
  /** The holder's name (certificate common name). */
  holder: string
  /** Full distinguished name, « CN=…, O=… ». */
  subject: string
  issuer: string
  /** The issuer's common name, as the panel shows it. */
  issuerName: string
  /** SHA-256 of the DER certificate, as colon-separated hex pairs. */
  fingerprint: string
  validFrom: string
  validTo: string
  protection: KeyProtection
  /** The level this certificate gives today with the authorities trusted here. */
  level: SignatureLevel
  createdAt: string
}

/** An authority whose certificates this installation trusts for advanced signatures. */
export interface TrustedAuthoritySummary {
  id: number
  name: string
  subject: string
  fingerprint: string
  validTo: string
  addedAt: string
}

/** The Settings panel's whole view. */
export interface CertificatesOverview {
  certificates: SigningCertificateSummary[]
  authorities: TrustedAuthoritySummary[]
  /** Whether the operating system can protect keys (Electron safeStorage); otherwise a passphrase is required. */
  systemProtectionAvailable: boolean
}

/** One party's cryptographic signature of a document, as the documents panel lists it. */
export interface CertificateSignatureSummary {
  id: number
  amendmentId: number | null
  /** The Word version "for signature" that was signed. */
  sourceVersionId: number
  party: 'la-poste' | 'partner'
  signerName: string
  signerTitle: string
  place: string
  signedAt: string
  level: SignatureLevel
  /** Set when the partner's signature came back in a file they signed with their own software. */
  receivedIn: string | null
}

/**
 * What the import preview says about who sent a bundle. The sender's name and region come from the manifest, which
 * the signature covers; the key fingerprint is the SHA-256 of the signing installation's public key.
 *
 * known — a key accepted before for this sender; new — first bundle signed by this key (trust on first use);
 * changed — a sender known here under another key: a stolen name or a reinstalled computer, to be checked with them;
 * unsigned — no signature (a bundle from an older version, or one whose signature was removed).
 */
export type SenderStatus = 'known' | 'new' | 'changed' | 'unsigned'

export interface BundleSender {
  name: string
  region: string
  /** SHA-256 of the signing public key, hex; null when the bundle is not signed. */
  fingerprint: string | null
  status: SenderStatus
  /** When the key was first accepted here (known keys only). */
  acceptedAt: string | null
  /** Keys accepted before under this sender's name (changed key only). */
  previousFingerprints: string[]
  /** A changed key or a missing signature: importing asks the coordinator to confirm (`acceptSender`). */
  needsConfirmation: boolean
}

/** Something of the bundle the import leaves out, and why (French sentences). */
export interface RefusedItem {
  /** « Convention AD-2026-33-0042 », « Partenaire « Épicerie » », « Document documents/… ». */
  subject: string
  reasons: string[]
}

/** `1A2B 3C4D 5E6F 7A8B 9C0D 1E2F 3A4B 5C6D`: the first 128 bits, to read out to the sender on the phone. */
export function formatFingerprint(fingerprint: string): string {
  return (
    fingerprint
      .slice(0, 32)
      .toUpperCase()
      .match(/.{1,4}/g)
      ?.join(' ') ?? ''
  )
}

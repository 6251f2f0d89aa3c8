import type { Selectable } from 'kysely'

/** This installation's Ed25519 key pair, one row (migration 0051). */
export interface InstallationKeyTable {
  id: number
  /** Raw 32-byte public key. */
  public_key: Uint8Array
  /** PKCS#8 DER. */
  private_key: Uint8Array
  created_at: string
}

/** Keys of other installations the coordinator accepted, by SHA-256 of the raw public key. */
export interface KnownSenderTable {
  fingerprint: string
  public_key: Uint8Array
  /** Name and region folded: how a key change of the same sender is noticed. */
  identity: string
  name: string
  region: string
  accepted_at: string
  last_bundle_at: string
}

/** Each imported bundle: who sent it and the key whose signature checked (null: the bundle was not signed). */
export interface ReceivedBundleTable {
  bundle_id: string
  sender_name: string
  sender_region: string
  key_fingerprint: string | null
  received_at: string
}

/** A received bundle previewed with conflicts, not imported yet. */
export interface ReceivedConflictTable {
  bundle_id: string
  file_name: string
  exported_by: string
  conflicts: number
  previewed_at: string
}

export type KnownSenderRow = Selectable<KnownSenderTable>
export type ReceivedBundleRow = Selectable<ReceivedBundleTable>

import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  type KeyObject
} from 'node:crypto'
import type { AppDatabase } from '../../db/schema'

/** This installation's signing key: the private half signs every export, the fingerprint names it. */
export interface InstallationKey {
  publicKey: Buffer
  privateKey: KeyObject
  fingerprint: string
}

/** SHA-256 of the raw 32-byte public key, hex. */
export function keyFingerprint(publicKey: Uint8Array): string {
  return createHash('sha256').update(publicKey).digest('hex')
}

function rawPublicKey(privateKey: KeyObject): Buffer {
  // The SPKI encoding of an Ed25519 key ends with the 32 raw bytes.
  const spki = createPublicKey(privateKey).export({ format: 'der', type: 'spki' })
  return Buffer.from(spki.subarray(spki.length - 32))
}

/**
 * Answers the installation's Ed25519 key, creating it the first time (at start-up, or at the first export of a
 * database created before keys existed). Concurrent first calls (the app and the CLI) agree on one key: the insert
 * is ignored when a row is already there, and the row is read back.
 */
export async function installationKey(
  db: AppDatabase,
  now: () => Date = () => new Date()
): Promise<InstallationKey> {
  const existing = await db.selectFrom('installation_key').selectAll().executeTakeFirst()
  if (!existing) {
    const { privateKey } = generateKeyPairSync('ed25519')
    await db
      .insertInto('installation_key')
      .values({
        id: 1,
        public_key: rawPublicKey(privateKey),
        private_key: privateKey.export({ format: 'der', type: 'pkcs8' }),
        created_at: now().toISOString()
      })
      .onConflict((conflict) => conflict.column('id').doNothing())
      .execute()
  }
  const row = existing ?? (await db.selectFrom('installation_key').selectAll().executeTakeFirstOrThrow())
  const publicKey = Buffer.from(row.public_key)
  return {
    publicKey,
    privateKey: createPrivateKey({ key: Buffer.from(row.private_key), format: 'der', type: 'pkcs8' }),
    fingerprint: keyFingerprint(publicKey)
  }
}

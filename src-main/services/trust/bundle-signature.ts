import { createPublicKey, sign, verify } from 'node:crypto'
import { z } from 'zod'
import { keyFingerprint, type InstallationKey } from './installation-key'

/** The zip entry that carries the signature; the manifest cannot list it, since it signs the manifest. */
export const SIGNATURE_NAME = 'signature.json'
const SIGNATURE_FORMAT = 'alliance-conventions-signature'

/** DER prefix of an Ed25519 SubjectPublicKeyInfo: the raw key follows. */
const ED25519_SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex')

const base64 = z.string().regex(/^[A-Za-z0-9+/]+={0,2}$/)
const signatureFileSchema = z
  .object({
    format: z.literal(SIGNATURE_FORMAT),
    version: z.literal(1),
    algorithm: z.literal('Ed25519'),
    publicKey: base64.max(64),
    signature: base64.max(128)
  })
  .strict()

/**
 * `signature.json`: the Ed25519 signature of the exact bytes of `manifest.json`. The manifest lists the SHA-256 of
 * every other file, so the signature covers the whole bundle.
 */
export function signManifest(key: InstallationKey, manifestBytes: Uint8Array): Buffer {
  const file = {
    format: SIGNATURE_FORMAT,
    version: 1,
    algorithm: 'Ed25519',
    publicKey: key.publicKey.toString('base64'),
    signature: sign(null, manifestBytes, key.privateKey).toString('base64')
  }
  return Buffer.from(JSON.stringify(file, null, 1), 'utf8')
}

export type SignatureCheck =
  { ok: true; publicKey: Buffer; fingerprint: string } | { ok: false; problem: string }

/** Checks `signature.json` against the manifest's bytes; the problem, when there is one, is a French phrase. */
export function checkManifestSignature(
  manifestBytes: Uint8Array,
  signatureBytes: Uint8Array
): SignatureCheck {
  let raw: unknown
  try {
    raw = JSON.parse(Buffer.from(signatureBytes).toString('utf8'))
  } catch {
    return { ok: false, problem: `${SIGNATURE_NAME} n'est pas du JSON lisible.` }
  }
  const parsed = signatureFileSchema.safeParse(raw)
  if (!parsed.success) return { ok: false, problem: `${SIGNATURE_NAME} n'est pas une signature reconnue.` }
  const publicKey = Buffer.from(parsed.data.publicKey, 'base64')
  const signature = Buffer.from(parsed.data.signature, 'base64')
  if (publicKey.length !== 32 || signature.length !== 64)
    return { ok: false, problem: `${SIGNATURE_NAME} n'est pas une signature reconnue.` }
  const key = createPublicKey({
    key: Buffer.concat([ED25519_SPKI_PREFIX, publicKey]),
    format: 'der',
    type: 'spki'
  })
  if (!verify(null, manifestBytes, key, signature))
    return {
      ok: false,
      problem: 'la signature ne correspond pas au contenu : le fichier a été modifié après avoir été signé.'
    }
  return { ok: true, publicKey, fingerprint: keyFingerprint(publicKey) }
}

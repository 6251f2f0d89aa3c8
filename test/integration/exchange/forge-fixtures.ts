import { generateKeyPairSync } from 'node:crypto'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { agreementContentHash, partnerIdentity } from '../../../src-main/services/exchange/content-hash'
import { signManifest, SIGNATURE_NAME } from '../../../src-main/services/trust/bundle-signature'
import { keyFingerprint, type InstallationKey } from '../../../src-main/services/trust/installation-key'
import type { BundleManifest } from '../../../src-main/shared/exchange/bundle-manifest.schema'
import { readZip, sha256, writeZip } from './exchange-fixtures'

/** A key of another installation: the attacker's, or a colleague's computer reinstalled. */
export function strangerKey(): InstallationKey {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519')
  const spki = publicKey.export({ format: 'der', type: 'spki' })
  const raw = Buffer.from(spki.subarray(spki.length - 32))
  return { privateKey, publicKey: raw, fingerprint: keyFingerprint(raw) }
}

/** Recomputes each agreement's content hash, as a forger who knows the format would. */
export function rehash(manifest: BundleManifest): BundleManifest {
  const partners = new Map(manifest.partners.map((partner) => [partner.key, partner]))
  const needs = new Map(manifest.needs.map((need) => [need.key, need]))
  return {
    ...manifest,
    agreements: manifest.agreements.map((agreement) => ({
      ...agreement,
      contentHash: agreementContentHash({
        reference: agreement.reference,
        status: agreement.status,
        content: agreement.content,
        domainCodes: agreement.domainCodes,
        partnerIdentity: partnerIdentity(
          agreement.partnerKey === null ? null : (partners.get(agreement.partnerKey) ?? null)
        ),
        needTitle: agreement.needKey === null ? null : (needs.get(agreement.needKey)?.title ?? null)
      })
    }))
  }
}

export interface Forgery {
  /** Changes the manifest; content hashes are recomputed after. */
  manifest?: (manifest: BundleManifest) => BundleManifest
  /** Files added or replaced (documents must also be listed by `manifest`). */
  files?: Record<string, Buffer>
  /** Signs with this key; `null` leaves the signature out; `'keep'` keeps the original signature file. */
  signWith?: InstallationKey | null | 'keep'
}

/**
 * A bundle made from a real export, changed as an attacker would: manifest edited and re-hashed, files swapped,
 * then re-signed with their own key (or the signature kept or dropped). Written next to `valid`; answers its path.
 */
export async function forgeBundle(valid: string, forgery: Forgery, name = 'forge.zip'): Promise<string> {
  const files = await readZip(valid)
  const original = JSON.parse((files.get('manifest.json') as Buffer).toString('utf8')) as BundleManifest
  const manifest = rehash(forgery.manifest ? forgery.manifest(original) : original)
  const manifestBytes = Buffer.from(JSON.stringify(manifest, null, 1), 'utf8')
  const entries = new Map(files)
  entries.set('manifest.json', manifestBytes)
  for (const [path, data] of Object.entries(forgery.files ?? {})) entries.set(path, data)
  const signWith = forgery.signWith === undefined ? strangerKey() : forgery.signWith
  if (signWith === null) entries.delete(SIGNATURE_NAME)
  else if (signWith !== 'keep') entries.set(SIGNATURE_NAME, signManifest(signWith, manifestBytes))
  const listed = new Set([...manifest.files, ...manifest.documents].map((file) => file.path))
  const zip = await writeZip(
    [...entries]
      .filter(([path]) => path === 'manifest.json' || path === SIGNATURE_NAME || listed.has(path))
      .map(([path, data]) => ({ name: path, data }))
  )
  const target = join(valid, '..', name)
  writeFileSync(target, zip)
  return target
}

/** The listing of a document file in the manifest, with its true fingerprint. */
export function listedFile(path: string, data: Buffer) {
  return { path, sha256: sha256(data), size: data.length }
}

import { createHash } from 'node:crypto'
import { extname } from 'node:path'
import { MANIFEST_NAME, type BundleManifest } from '../../shared/exchange/bundle-manifest.schema'
import { checkManifestSignature, SIGNATURE_NAME } from '../trust/bundle-signature'
import type { VerifiedSigner } from '../trust/known-senders'
import { refusedBundle } from './bundle-errors'
import { agreementContentHash, partnerIdentity, sha256Hex } from './content-hash'
import { parseManifest } from './manifest-parser'
import { cleanManifestText } from './manifest-text'
import {
  DEFAULT_UNZIP_LIMITS,
  entryChunks,
  openCheckedZip,
  readEntryBytes,
  type CheckedZip,
  type UnzipLimits
} from './zip-reader'

/** A bundle that passed every check. Its files stay in the zip at `path`, their fingerprints verified. */
export interface VerifiedBundle {
  path: string
  limits: UnzipLimits
  manifest: BundleManifest
  /** SHA-256 of manifest.json. */
  manifestSha256: string
  /** The installation whose signature over the manifest checked; null when the bundle is not signed. */
  signer: VerifiedSigner | null
}

/** Every file listed with its fingerprint, every file of the zip listed: nothing unchecked gets through. */
function checkFingerprints(manifest: BundleManifest, digests: ReadonlyMap<string, FileDigest>): void {
  const listed = [...manifest.files, ...manifest.documents]
  const paths = new Set<string>()
  for (const file of listed) {
    if (file.path === MANIFEST_NAME || file.path === SIGNATURE_NAME || paths.has(file.path))
      throw refusedBundle(`le fichier « ${file.path} » est déclaré deux fois.`)
    paths.add(file.path)
    const digest = digests.get(file.path)
    if (!digest) throw refusedBundle(`le fichier « ${file.path} » annoncé par ${MANIFEST_NAME} est absent.`)
    if (digest.size !== file.size || digest.sha256 !== file.sha256)
      throw refusedBundle(
        `l'empreinte du fichier « ${file.path} » ne correspond pas : il a été modifié ou abîmé.`
      )
  }
  for (const name of digests.keys()) {
    if (!paths.has(name))
      throw refusedBundle(`le fichier « ${name} » n'est pas déclaré dans ${MANIFEST_NAME}.`)
  }
}

const VERSION_EXTENSIONS = new Set(['.docx', '.pdf'])
const SIGNED_COPY_EXTENSIONS = new Set(['.pdf', '.png', '.jpg'])

/** Keys must resolve and references be unique, or the merge could not tell which row is meant. */
function checkConsistency(manifest: BundleManifest): void {
  const partners = new Map(manifest.partners.map((partner) => [partner.key, partner]))
  const needs = new Map(manifest.needs.map((need) => [need.key, need]))
  if (partners.size !== manifest.partners.length) throw refusedBundle('deux partenaires ont la même clé.')
  if (needs.size !== manifest.needs.length) throw refusedBundle('deux besoins ont la même clé.')
  const references = new Set<string>()
  const amendments = new Set<string>()
  for (const agreement of manifest.agreements) {
    if (references.has(agreement.reference))
      throw refusedBundle(`la convention ${agreement.reference} figure deux fois.`)
    references.add(agreement.reference)
    for (const amendment of agreement.amendments) {
      const key = `${agreement.reference} ${amendment.number}`
      if (amendments.has(key))
        throw refusedBundle(
          `l'avenant n° ${amendment.number} de la convention ${agreement.reference} figure deux fois.`
        )
      amendments.add(key)
    }
    for (const signature of agreement.signatures)
      if (
        signature.amendmentNumber !== null &&
        !amendments.has(`${agreement.reference} ${signature.amendmentNumber}`)
      )
        throw refusedBundle(
          `une signature de la convention ${agreement.reference} renvoie à un avenant absent (n° ${signature.amendmentNumber}).`
        )
    const partner = agreement.partnerKey === null ? null : partners.get(agreement.partnerKey)
    const need = agreement.needKey === null ? null : needs.get(agreement.needKey)
    if (partner === undefined || need === undefined)
      throw refusedBundle(`la convention ${agreement.reference} renvoie à un partenaire ou un besoin absent.`)
    const hash = agreementContentHash({
      reference: agreement.reference,
      status: agreement.status,
      content: agreement.content,
      domainCodes: agreement.domainCodes,
      partnerIdentity: partnerIdentity(partner),
      needTitle: need?.title ?? null
    })
    if (hash !== agreement.contentHash)
      throw refusedBundle(
        `l'empreinte de la convention ${agreement.reference} ne correspond pas à son contenu.`
      )
  }
  // Each document becomes a version here, a Word or PDF file, one per number and format of its agreement; a scanned
  // signed copy is a PDF or an image.
  const versions = new Set<string>()
  for (const document of manifest.documents) {
    if (!references.has(document.agreementReference))
      throw refusedBundle(`le document « ${document.path} » renvoie à une convention absente.`)
    if (
      document.amendmentNumber !== null &&
      !amendments.has(`${document.agreementReference} ${document.amendmentNumber}`)
    )
      throw refusedBundle(`le document « ${document.path} » renvoie à un avenant absent.`)
    const extension = extname(document.path).toLowerCase()
    if (document.kind === 'signed_copy') {
      if (!SIGNED_COPY_EXTENSIONS.has(extension))
        throw refusedBundle(`la copie signée « ${document.path} » n'est ni un PDF ni une image PNG ou JPEG.`)
      continue
    }
    if (!VERSION_EXTENSIONS.has(extension))
      throw refusedBundle(`le document « ${document.path} » n'est ni un fichier Word (.docx) ni un PDF.`)
    const version = `${document.agreementReference} ${document.amendmentNumber ?? 0} ${document.version} ${extension}`
    if (versions.has(version))
      throw refusedBundle(
        `la version ${document.version} ${document.amendmentNumber === null ? 'de la convention' : `de l'avenant n° ${document.amendmentNumber} de la convention`} ${document.agreementReference} figure deux fois.`
      )
    versions.add(version)
  }
}

/** The manifest is read whole; beyond this it is no bundle of ours (20,000 agreements fit well within). */
const MAX_MANIFEST_BYTES = 512 * 1024 * 1024
const MAX_SIGNATURE_BYTES = 64 * 1024

interface FileDigest {
  sha256: string
  size: number
}

/** SHA-256 and size of one entry, streamed: its bytes are never all in memory. */
async function digestEntry(checked: CheckedZip, name: string): Promise<FileDigest> {
  const hash = createHash('sha256')
  let size = 0
  for await (const chunk of entryChunks(checked, name)) {
    hash.update(chunk)
    size += chunk.length
  }
  return { sha256: hash.digest('hex'), size }
}

type SignatureCheck = ReturnType<typeof checkManifestSignature>

function signerOf(check: SignatureCheck | null): VerifiedSigner | null {
  if (check === null) return null
  if (!check.ok) throw refusedBundle(check.problem)
  return { publicKey: check.publicKey, fingerprint: check.fingerprint }
}

/**
 * Reads manifest.json and checks the signature over its bytes; the bytes (30 MB for 6,000 agreements) are dropped on
 * return, before the long checks that follow. A bad signature is reported by the caller, after the other checks, as
 * before.
 */
async function readManifest(
  checked: CheckedZip
): Promise<{ manifest: BundleManifest; manifestSha256: string; signature: SignatureCheck | null }> {
  const manifestBytes = await readEntryBytes(checked, MANIFEST_NAME, MAX_MANIFEST_BYTES)
  const manifest = parseManifest(manifestBytes)
  const signatureBytes = checked.entries.has(SIGNATURE_NAME)
    ? await readEntryBytes(checked, SIGNATURE_NAME, MAX_SIGNATURE_BYTES)
    : null
  return {
    manifest,
    manifestSha256: sha256Hex(manifestBytes),
    signature: signatureBytes === null ? null : checkManifestSignature(manifestBytes, signatureBytes)
  }
}

/**
 * Opens an untrusted bundle and checks all of it before the caller writes anything: the zip's directory, the
 * manifest, the fingerprint of every file (streamed, one at a time), the consistency of the records, and the
 * signature over the manifest. Answers the manifest, its text cleaned of control characters; no file content is
 * kept (the import extracts the documents it records in a second pass).
 */
export async function readBundle(
  path: string,
  limits: UnzipLimits = DEFAULT_UNZIP_LIMITS
): Promise<VerifiedBundle> {
  const checked = await openCheckedZip(path, limits)
  try {
    if (!checked.entries.has(MANIFEST_NAME)) throw refusedBundle(`${MANIFEST_NAME} est absent de l'archive.`)
    const { manifest, manifestSha256, signature } = await readManifest(checked)
    const digests = new Map<string, FileDigest>()
    for (const name of checked.entries.keys())
      if (name !== MANIFEST_NAME && name !== SIGNATURE_NAME)
        digests.set(name, await digestEntry(checked, name))
    checkFingerprints(manifest, digests)
    checkConsistency(manifest)
    const signer = signerOf(signature)
    return { path, limits, manifest: cleanManifestText(manifest), manifestSha256, signer }
  } finally {
    checked.close()
  }
}

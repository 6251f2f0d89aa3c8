import { createHash, randomUUID } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { link, mkdir, open, readFile, rename, rm, stat } from 'node:fs/promises'
import { dirname, extname, join } from 'node:path'
import { inSlices } from '../../db/in-slices'
import type { AppDatabase } from '../../db/schema'
import { translateStorageError } from '../../db/storage-errors'
import { ConflictError } from '../../shared/errors'
import type { BundleDocument } from '../../shared/exchange/bundle-manifest.schema'
import { amendmentReference } from '../documents/amendment.repository'
import { claimedDocumentId } from '../documents/claimed-document-id'
import { refusedBundle } from './bundle-errors'
import type { VerifiedBundle } from './bundle-reader'
import { entryChunks, openCheckedZip } from './zip-reader'

/**
 * Where an imported document goes, relative to the documents folder:
 * `imports/<reference>/<kind>-v<version>-<fingerprint>.<ext>`, the reference being the amendment's for one of its
 * files. Every part comes from validated manifest fields (reference pattern, kind enum, hex fingerprint, checked
 * extension), so the path cannot leave the folder, and the same document imported twice lands on the same name.
 */
export function importedDocumentName(document: BundleDocument): string {
  return [
    'imports',
    document.amendmentNumber === null
      ? document.agreementReference
      : amendmentReference(document.agreementReference, document.amendmentNumber),
    `${document.kind}-v${document.version}-${document.sha256.slice(0, 16)}${documentExtension(document)}`
  ].join('/')
}

export function importedDocumentPath(folder: string, document: BundleDocument): string {
  return join(folder, importedDocumentName(document))
}

/** The file's extension, lower case: one the bundle reader accepted for the document's kind. */
export function documentExtension(document: BundleDocument): string {
  return extname(document.path).toLowerCase()
}

/** Incoming files wait here, one folder per import call, until the import places them or gives up. */
export const INCOMING_FOLDER = '.arrivees'

/** `documents/.arrivees/<pid>-<uuid>`: the start-up sweep removes those of processes no longer running. */
export function incomingFolderFor(documentsFolder: string): string {
  return join(documentsFolder, INCOMING_FOLDER, `${process.pid}-${randomUUID()}`)
}

/** A document streamed out of the bundle into the incoming folder, its fingerprint checked again. */
export interface ExtractedDocument {
  tempPath: string
  /** The document id its properties carry, kept when it names no version here yet. */
  claimedId: string | null
}

const PARALLEL_FILES = 8

async function extractOne(
  checked: Awaited<ReturnType<typeof openCheckedZip>>,
  document: BundleDocument,
  tempPath: string
): Promise<ExtractedDocument> {
  const handle = await open(tempPath, 'wx', 0o600)
  const hash = createHash('sha256')
  let size = 0
  try {
    for await (const chunk of entryChunks(checked, document.path)) {
      hash.update(chunk)
      size += chunk.length
      await handle.write(chunk)
    }
    await handle.sync()
  } finally {
    await handle.close()
  }
  // The file on disk may have changed since the bundle was checked (the CLI reads the user's own path).
  if (size !== document.size || hash.digest('hex') !== document.sha256)
    throw refusedBundle(
      `le fichier « ${document.path} » a changé depuis sa vérification : importez-le de nouveau.`
    )
  return { tempPath, claimedId: claimedDocumentId(await readFile(tempPath)) }
}

/**
 * Streams the documents out of the bundle into `incoming` (created here, owned by this call), several at a time and
 * each chunk by chunk: memory does not grow with their number or size. Answers them by their path in the bundle.
 */
export async function extractDocuments(
  bundle: VerifiedBundle,
  documents: readonly BundleDocument[],
  incoming: string
): Promise<Map<string, ExtractedDocument>> {
  const extracted = new Map<string, ExtractedDocument>()
  if (documents.length === 0) return extracted
  await mkdir(incoming, { recursive: true })
  const checked = await openCheckedZip(bundle.path, bundle.limits)
  let next = 0
  async function extractNext(): Promise<void> {
    while (next < documents.length) {
      const index = next++
      const document = documents[index] as BundleDocument
      const tempPath = join(incoming, `${index}${documentExtension(document)}`)
      extracted.set(document.path, await extractOne(checked, document, tempPath))
    }
  }
  try {
    const outcomes = await Promise.allSettled(Array.from({ length: PARALLEL_FILES }, extractNext))
    const failed = outcomes.find((outcome) => outcome.status === 'rejected')
    if (failed) {
      next = documents.length
      throw translateStorageError(failed.reason)
    }
    return extracted
  } finally {
    checked.close()
  }
}

async function fileSha256(path: string): Promise<string | null> {
  try {
    const hash = createHash('sha256')
    for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer)
    return hash.digest('hex')
  } catch {
    return null
  }
}

async function linkExclusive(from: string, to: string): Promise<boolean> {
  try {
    await link(from, to)
    return true
  } catch (error) {
    const code = (error as { code?: string }).code
    if (code === 'EEXIST') return false
    // File systems without hard links (FAT, exFAT): the caller holds the write lock, so no other import places
    // files at the same moment, and a rename after the existence check is safe.
    if (code === 'EPERM' || code === 'ENOTSUP' || code === 'EOPNOTSUPP' || code === 'ENOSYS') {
      if (
        await stat(to).then(
          () => true,
          () => false
        )
      )
        return false
      await rename(from, to)
      return true
    }
    throw error
  }
}

/**
 * Puts one document at its final name, inside the import's write transaction. A file already there with the right
 * content is another call's (or an earlier import's) and is only used; one with other bytes is damaged and replaced.
 * Answers whether this call created the file — the only files it may remove if it fails.
 */
export async function placeDocument(
  folder: string,
  document: BundleDocument,
  extracted: ExtractedDocument | undefined
): Promise<boolean> {
  const target = importedDocumentPath(folder, document)
  await mkdir(dirname(target), { recursive: true })
  if (extracted && (await linkExclusive(extracted.tempPath, target))) return true
  if ((await fileSha256(target)) === document.sha256) return false
  if (!extracted)
    throw new ConflictError(
      "Les données ont changé pendant l'import (une autre fenêtre ou la ligne de commande) : relancez l'import."
    )
  await rename(extracted.tempPath, target)
  return true
}

/**
 * Removes files a failed import created, inside a write transaction so that no other import records them at the
 * same moment: a file another import has recorded meanwhile is left in place. Best effort: what cannot be removed
 * now is an orphan the next start-up sweeps.
 */
export async function removeUnrecordedFiles(
  db: AppDatabase,
  folder: string,
  names: readonly string[]
): Promise<void> {
  if (names.length === 0) return
  await db
    .transaction()
    .execute(async (trx) => {
      const versions = await inSlices(names, (slice) =>
        trx
          .selectFrom('document_versions')
          .select('file_name as name')
          .where('file_name', 'in', slice)
          .execute()
      )
      const scans = await inSlices(names, (slice) =>
        trx
          .selectFrom('document_signatures')
          .select('scan_file_name as name')
          .where('scan_file_name', 'in', slice)
          .execute()
      )
      const recorded = new Set([...versions, ...scans].map((row) => row.name))
      for (const name of names) if (!recorded.has(name)) await rm(join(folder, name), { force: true })
    })
    .catch(() => undefined)
}

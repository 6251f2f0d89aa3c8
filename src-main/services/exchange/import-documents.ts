import { mkdir, rm, stat } from 'node:fs/promises'
import { dirname, extname, join } from 'node:path'
import type { BundleDocument } from '../../shared/exchange/bundle-manifest.schema'
import { amendmentReference } from '../documents/amendment.repository'
import { writeFileAtomic } from '../files/atomic-write'

/**
 * Where an imported document goes, relative to the documents folder:
 * `imports/<reference>/<kind>-v<version>-<fingerprint>.<ext>`, the reference being the amendment's for one of its files. Every part comes from validated manifest fields
 * (reference pattern, kind enum, hex fingerprint, checked extension), so the path cannot leave the folder, and the
 * same document imported twice lands on the same name.
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

async function sameSize(path: string, size: number): Promise<boolean> {
  try {
    return (await stat(path)).size === size
  } catch {
    return false
  }
}

/** Files written at once: each atomic write waits on two fsyncs, which the disk serves better side by side. */
const PARALLEL_WRITES = 8

/**
 * Copies the verified documents, skipping those already there; answers the files written so a failed merge can
 * remove them. On a failure, the writes under way are let finish, then every file written is removed.
 */
export async function copyDocuments(
  folder: string,
  documents: readonly BundleDocument[],
  files: ReadonlyMap<string, Buffer>
): Promise<string[]> {
  const written: string[] = []
  let next = 0
  async function copyNext(): Promise<void> {
    while (next < documents.length) {
      const document = documents[next++] as BundleDocument
      const target = importedDocumentPath(folder, document)
      const data = files.get(document.path)
      if (!data || (await sameSize(target, document.size))) continue
      try {
        await mkdir(dirname(target), { recursive: true })
        await writeFileAtomic(target, data)
      } catch (error) {
        next = documents.length
        throw error
      }
      written.push(target)
    }
  }
  const outcomes = await Promise.allSettled(Array.from({ length: PARALLEL_WRITES }, copyNext))
  const failed = outcomes.find((outcome) => outcome.status === 'rejected')
  if (failed) {
    await removeFiles(written)
    throw failed.reason
  }
  return written
}

export async function removeFiles(paths: readonly string[]): Promise<void> {
  for (const path of paths) await rm(path, { force: true })
}

import { createHash, randomBytes } from 'node:crypto'
import { link, mkdir, readFile, rename, rm, stat } from 'node:fs/promises'
import { basename, dirname, join, relative, resolve, sep } from 'node:path'
import { writeFileAtomic } from '../files/atomic-write'

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex')
}

/** Documents live next to the database: `documents/<reference>/<file>`. */
export function documentsFolderFor(databasePath: string): string {
  return join(dirname(databasePath), 'documents')
}

/** Resolves a stored relative name, refusing anything that would leave the documents folder. */
export function documentPath(folder: string, fileName: string): string {
  const root = resolve(folder)
  const path = resolve(root, fileName)
  if (!path.startsWith(root + sep)) throw new Error(`Chemin de document hors du dossier : ${fileName}`)
  return path
}

function storedName(folder: string, path: string): string {
  return relative(resolve(folder), path).split(sep).join('/')
}

/** Writes a document atomically (temp + fsync + rename) and answers its name relative to the folder. */
export async function storeDocument(folder: string, fileName: string, bytes: Uint8Array): Promise<string> {
  const path = documentPath(folder, fileName)
  await mkdir(dirname(path), { recursive: true })
  await writeFileAtomic(path, bytes)
  return storedName(folder, path)
}

/** Thrown when the file of a version is already there: another call is issuing the same version number. */
export class DocumentNameTaken extends Error {
  constructor(readonly fileName: string) {
    super(`document file already exists: ${fileName}`)
  }
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false
  )
}

/**
 * Writes a new document under a name no other call may take: the content is staged and fsynced, then hard-linked to
 * its final name, which fails if that name exists (two generations of the same version cannot overwrite each other).
 * Where hard links are refused (some network or FAT drives), a rename after an existence check does the job.
 */
export async function createDocumentExclusive(
  folder: string,
  fileName: string,
  bytes: Uint8Array
): Promise<string> {
  const path = documentPath(folder, fileName)
  await mkdir(dirname(path), { recursive: true })
  const staged = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.staged`)
  await writeFileAtomic(staged, bytes)
  try {
    await link(staged, path)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'EEXIST') throw new DocumentNameTaken(fileName)
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS') throw error
    if (await exists(path)) throw new DocumentNameTaken(fileName)
    await rename(staged, path)
    return storedName(folder, path)
  } finally {
    await rm(staged, { force: true })
  }
  return storedName(folder, path)
}

export function readDocument(folder: string, fileName: string): Promise<Buffer> {
  return readFile(documentPath(folder, fileName))
}

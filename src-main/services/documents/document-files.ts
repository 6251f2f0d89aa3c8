import { createHash } from 'node:crypto'
import { mkdir, readFile } from 'node:fs/promises'
import { dirname, join, relative, resolve, sep } from 'node:path'
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

/** Writes a document atomically (temp + fsync + rename) and answers its name relative to the folder. */
export async function storeDocument(folder: string, fileName: string, bytes: Uint8Array): Promise<string> {
  const path = documentPath(folder, fileName)
  await mkdir(dirname(path), { recursive: true })
  await writeFileAtomic(path, bytes)
  return relative(resolve(folder), path).split(sep).join('/')
}

export function readDocument(folder: string, fileName: string): Promise<Buffer> {
  return readFile(documentPath(folder, fileName))
}

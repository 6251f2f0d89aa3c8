import { open as openFile } from 'node:fs/promises'
import type { Readable } from 'node:stream'
import yauzl, { type Entry, type ZipFile } from 'yauzl'
import { refusedBundle } from './bundle-errors'

/** Limits on what a bundle may hold; the defaults fit 20,000 agreements with their documents. */
export interface UnzipLimits {
  maxFileBytes: number
  maxEntries: number
  maxEntryBytes: number
  maxTotalBytes: number
  /** Uncompressed / compressed, for entries above 1 MiB (tiny files compress oddly and harmlessly). */
  maxRatio: number
}

export const DEFAULT_UNZIP_LIMITS: UnzipLimits = {
  maxFileBytes: 1024 * 1024 * 1024,
  maxEntries: 60_000,
  maxEntryBytes: 100 * 1024 * 1024,
  maxTotalBytes: 768 * 1024 * 1024,
  maxRatio: 200
}

const RATIO_FLOOR_BYTES = 1024 * 1024
const S_IFMT = 0o170000
const S_IFLNK = 0o120000

const mebibytes = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} Mo`

/** yauzl's callback API as promises. */
function openZip(path: string): Promise<ZipFile> {
  return new Promise((resolve, reject) => {
    yauzl.open(
      path,
      {
        lazyEntries: true,
        autoClose: false,
        decodeStrings: false,
        validateEntrySizes: true,
        strictFileNames: false
      },
      (error, zip) => (error ? reject(error) : resolve(zip))
    )
  })
}

function openEntryStream(zip: ZipFile, entry: Entry): Promise<Readable> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (error, stream) => (error ? reject(error) : resolve(stream)))
  })
}

/** Entry names are bytes in the zip; UTF-8 when flagged, else the names we accept are plain ASCII anyway. */
function entryName(entry: Entry): string {
  const raw = entry.fileName as unknown as Buffer
  return (entry.generalPurposeBitFlag & 0x800) !== 0 ? raw.toString('utf8') : raw.toString('latin1')
}

/** Refuses names that could write outside the destination folder, whatever the platform. */
export function checkEntryName(name: string): void {
  if (name.length === 0 || name.length > 240) throw refusedBundle(`un nom de fichier est vide ou trop long.`)
  if (name.includes('\\')) throw refusedBundle(`le nom « ${name} » contient une barre oblique inverse.`)
  if (name.includes('\0')) throw refusedBundle(`un nom de fichier contient un caractère nul.`)
  if (name.startsWith('/') || /^[A-Za-z]:/.test(name))
    throw refusedBundle(`le fichier « ${name} » a un chemin absolu.`)
  if (name.split('/').some((segment) => segment === '..'))
    throw refusedBundle(`le fichier « ${name} » remonte hors du dossier (« .. »).`)
}

function isSymlink(entry: Entry): boolean {
  return ((entry.externalFileAttributes >>> 16) & S_IFMT) === S_IFLNK
}

function checkDeclaredSizes(name: string, entry: Entry, limits: UnzipLimits): void {
  if (entry.uncompressedSize > limits.maxEntryBytes)
    throw refusedBundle(
      `le fichier « ${name} » dépasse ${mebibytes(limits.maxEntryBytes)} une fois décompressé.`
    )
  if (
    entry.uncompressedSize > RATIO_FLOOR_BYTES &&
    entry.uncompressedSize > entry.compressedSize * limits.maxRatio
  )
    throw refusedBundle(
      `le fichier « ${name} » est anormalement compressé (bombe de décompression probable).`
    )
}

/** Reads one entry, counting the bytes really inflated: declared sizes are the attacker's to choose. */
async function readEntry(
  zip: ZipFile,
  entry: Entry,
  name: string,
  limits: UnzipLimits,
  budget: { remaining: number }
): Promise<Buffer> {
  const stream = await openEntryStream(zip, entry)
  const chunks: Buffer[] = []
  let size = 0
  const entryCap = Math.min(limits.maxEntryBytes, entry.compressedSize * limits.maxRatio + RATIO_FLOOR_BYTES)
  try {
    for await (const chunk of stream) {
      const buffer = chunk as Buffer
      size += buffer.length
      budget.remaining -= buffer.length
      if (size > entryCap || budget.remaining < 0)
        throw refusedBundle(
          `le fichier « ${name} » se décompresse en bien plus de données qu'annoncé (bombe de décompression probable).`
        )
      chunks.push(buffer)
    }
  } catch (error) {
    stream.destroy()
    if ((error as { code?: string }).code === 'BUNDLE_REFUSED') throw error
    if (/too many bytes|bytes in the stream/i.test((error as Error).message))
      throw refusedBundle(
        `le fichier « ${name} » se décompresse en bien plus de données qu'annoncé (bombe de décompression probable).`
      )
    throw refusedBundle(`le fichier « ${name} » est endommagé dans l'archive (${(error as Error).message}).`)
  }
  return Buffer.concat(chunks, size)
}

async function startsLikeZip(path: string): Promise<boolean> {
  const handle = await openFile(path, 'r')
  try {
    const head = Buffer.alloc(4)
    const { bytesRead } = await handle.read(head, 0, 4, 0)
    return bytesRead === 4 && head.readUInt32LE(0) === 0x04034b50
  } finally {
    await handle.close()
  }
}

function nextEntry(zip: ZipFile): Promise<Entry | null> {
  return new Promise((resolve, reject) => {
    const onEntry = (entry: Entry) => {
      cleanup()
      resolve(entry)
    }
    const onEnd = () => {
      cleanup()
      resolve(null)
    }
    const onError = (error: Error) => {
      cleanup()
      reject(error)
    }
    const cleanup = () => {
      zip.off('entry', onEntry)
      zip.off('end', onEnd)
      zip.off('error', onError)
    }
    zip.on('entry', onEntry)
    zip.on('end', onEnd)
    zip.on('error', onError)
    zip.readEntry()
  })
}

/**
 * Unzips an untrusted file into memory, refusing it (BUNDLE_REFUSED, in French) at the first sign of hostility:
 * not a zip or truncated, too many entries, absolute or `..` names, links, duplicates, oversized or bomb-like
 * entries (declared sizes checked first, real inflated bytes counted while reading). Nothing is written to disk.
 */
export async function safeUnzip(
  path: string,
  { size, limits = DEFAULT_UNZIP_LIMITS }: { size: number; limits?: UnzipLimits }
): Promise<Map<string, Buffer>> {
  if (size > limits.maxFileBytes) throw refusedBundle(`le fichier dépasse ${mebibytes(limits.maxFileBytes)}.`)
  let zip: ZipFile
  try {
    zip = await openZip(path)
  } catch (error) {
    throw (await startsLikeZip(path).catch(() => false))
      ? refusedBundle(`l'archive est tronquée ou endommagée (${(error as Error).message}).`)
      : refusedBundle("ce n'est pas une archive .zip.")
  }
  try {
    if (zip.entryCount > limits.maxEntries)
      throw refusedBundle(`l'archive contient ${zip.entryCount} fichiers (${limits.maxEntries} au plus).`)
    const files = new Map<string, Buffer>()
    const seen = new Set<string>()
    const budget = { remaining: limits.maxTotalBytes }
    for (;;) {
      let entry: Entry | null
      try {
        entry = await nextEntry(zip)
      } catch (error) {
        throw refusedBundle(`l'archive est tronquée ou endommagée (${(error as Error).message}).`)
      }
      if (entry === null) break
      const name = entryName(entry)
      checkEntryName(name)
      if (isSymlink(entry)) throw refusedBundle(`le fichier « ${name} » est un lien symbolique.`)
      const folded = name.replace(/\/$/, '').toLowerCase()
      if (seen.has(folded)) throw refusedBundle(`le fichier « ${name} » figure deux fois dans l'archive.`)
      seen.add(folded)
      if (name.endsWith('/')) continue
      checkDeclaredSizes(name, entry, limits)
      if (entry.uncompressedSize > budget.remaining)
        throw refusedBundle(`l'archive dépasse ${mebibytes(limits.maxTotalBytes)} une fois décompressée.`)
      files.set(name, await readEntry(zip, entry, name, limits, budget))
    }
    return files
  } finally {
    zip.close()
  }
}

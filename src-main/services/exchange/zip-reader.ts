import { open, stat } from 'node:fs/promises'
import type { Readable } from 'node:stream'
import yauzl, { type Entry, type ZipFile } from 'yauzl'
import { refusedBundle } from './bundle-errors'
import { zipRefusal } from './zip-errors'

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
  maxTotalBytes: 1536 * 1024 * 1024,
  maxRatio: 200
}

const RATIO_FLOOR_BYTES = 1024 * 1024
const LOCAL_HEADER_BYTES = 30
const S_IFMT = 0o170000
const S_IFLNK = 0o120000
/** Stored and deflated: what every zip writer uses, and all yauzl inflates. */
const SUPPORTED_METHODS = new Set([0, 8])

const mebibytes = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} Mo`

/** An untrusted zip whose directory passed every check; entries are read one at a time, never all in memory. */
export interface CheckedZip {
  zip: ZipFile
  /** File entries by name (folders left out), in the order of the archive. */
  entries: ReadonlyMap<string, Entry>
  limits: UnzipLimits
  /** Inflated bytes still allowed in this pass: declared sizes are the attacker's to choose. */
  budget: { remaining: number }
  close(): void
}

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

/** A zip's first bytes: a file that has them but no readable directory is a truncated archive, not another format. */
async function startsLikeZip(path: string): Promise<boolean> {
  const handle = await open(path, 'r').catch(() => null)
  if (!handle) return false
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
    const cleanup = () => {
      zip.off('entry', onEntry)
      zip.off('end', onEnd)
      zip.off('error', onError)
    }
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
    zip.on('entry', onEntry)
    zip.on('end', onEnd)
    zip.on('error', onError)
    zip.readEntry()
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

function checkEntry(name: string, entry: Entry, limits: UnzipLimits): void {
  if (((entry.externalFileAttributes >>> 16) & S_IFMT) === S_IFLNK)
    throw refusedBundle(`le fichier « ${name} » est un lien symbolique.`)
  if (entry.isEncrypted())
    throw refusedBundle(
      `le fichier « ${name} » est chiffré (protégé par mot de passe) : il ne peut pas être vérifié.`
    )
  if (!SUPPORTED_METHODS.has(entry.compressionMethod))
    throw refusedBundle(
      `le fichier « ${name} » utilise une méthode de compression non prise en charge (seule la compression standard l'est).`
    )
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

/**
 * Entries must follow one another in the file, in the directory's order, each starting after the previous one's
 * data: overlapping entries let a small zip inflate the same bytes thousands of times.
 */
function checkPlacement(name: string, entry: Entry, previousEnd: number): number {
  if (entry.relativeOffsetOfLocalHeader < previousEnd)
    throw refusedBundle(
      `le fichier « ${name} » chevauche le précédent ou est rangé hors de l'ordre de l'archive (archive forgée).`
    )
  return entry.relativeOffsetOfLocalHeader + LOCAL_HEADER_BYTES + entry.fileNameLength + entry.compressedSize
}

/**
 * Opens an untrusted zip and checks its whole directory before any entry is inflated: size and count, names
 * (absolute, `..`, backslash, NUL), links, duplicates (case-insensitive, as on Windows), encryption, compression
 * method, declared sizes and ratios, overlapping or out-of-order entries. Refusals are French (BUNDLE_REFUSED).
 */
export async function openCheckedZip(
  path: string,
  limits: UnzipLimits = DEFAULT_UNZIP_LIMITS
): Promise<CheckedZip> {
  const size = await stat(path).then(
    (found) => found.size,
    () => {
      throw refusedBundle(`le fichier « ${path} » est introuvable ou illisible.`)
    }
  )
  if (size > limits.maxFileBytes) throw refusedBundle(`le fichier dépasse ${mebibytes(limits.maxFileBytes)}.`)
  let zip: ZipFile
  try {
    zip = await openZip(path)
  } catch (error) {
    throw (await startsLikeZip(path))
      ? refusedBundle("l'archive est tronquée ou endommagée : son répertoire final est absent ou illisible.")
      : zipRefusal(error)
  }
  try {
    if (zip.entryCount > limits.maxEntries)
      throw refusedBundle(`l'archive contient ${zip.entryCount} fichiers (${limits.maxEntries} au plus).`)
    const entries = new Map<string, Entry>()
    const seen = new Set<string>()
    let previousEnd = 0
    for (;;) {
      const entry = await nextEntry(zip).catch((error: unknown) => {
        throw zipRefusal(error)
      })
      if (entry === null) break
      const name = entryName(entry)
      checkEntryName(name)
      const folded = name.replace(/\/$/, '').toLowerCase()
      if (seen.has(folded)) throw refusedBundle(`le fichier « ${name} » figure deux fois dans l'archive.`)
      seen.add(folded)
      previousEnd = checkPlacement(name, entry, previousEnd)
      if (name.endsWith('/')) continue
      checkEntry(name, entry, limits)
      entries.set(name, entry)
    }
    return { zip, entries, limits, budget: { remaining: limits.maxTotalBytes }, close: () => zip.close() }
  } catch (error) {
    zip.close()
    throw error
  }
}

function openEntryStream(zip: ZipFile, entry: Entry): Promise<Readable> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (error, stream) => (error ? reject(error) : resolve(stream)))
  })
}

/**
 * The inflated bytes of one entry, chunk by chunk, counted as they come: past the entry's own cap or the pass's
 * budget, the stream is stopped and the bundle refused.
 */
export async function* entryChunks(checked: CheckedZip, name: string): AsyncGenerator<Buffer> {
  const entry = checked.entries.get(name)
  if (!entry) throw refusedBundle(`le fichier « ${name} » est absent de l'archive.`)
  const { limits, budget } = checked
  let stream: Readable
  try {
    stream = await openEntryStream(checked.zip, entry)
  } catch (error) {
    throw zipRefusal(error, name)
  }
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
      yield buffer
    }
  } catch (error) {
    throw zipRefusal(error, name)
  } finally {
    stream.destroy()
  }
}

/** One small entry (the manifest, the signature) in memory, at most `maxBytes`. */
export async function readEntryBytes(checked: CheckedZip, name: string, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of entryChunks(checked, name)) {
    size += chunk.length
    if (size > maxBytes) throw refusedBundle(`le fichier « ${name} » dépasse ${mebibytes(maxBytes)}.`)
    chunks.push(chunk)
  }
  return Buffer.concat(chunks, size)
}

import { createHash, randomBytes } from 'node:crypto'
import { createReadStream, createWriteStream } from 'node:fs'
import { open, rename, rm, stat } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { Transform } from 'node:stream'
import yazl from 'yazl'
import { translateStorageError } from '../../db/storage-errors'
import { AppError } from '../../shared/errors'

/** A file of the bundle: small ones given as bytes, documents read from disk and checked against their fingerprint. */
export type ZipSource =
  | { path: string; data: Buffer }
  | { path: string; filePath: string; sha256: string; size: number; mismatch: string }

/** Already compressed: deflating them again costs time for nothing. */
const STORED = /\.(docx|pdf|xlsx|png|jpe?g)$/i

/** Passes the bytes through and fails at the end if they are not the ones recorded: a tampered file never ships. */
function fingerprintCheck(
  source: Extract<ZipSource, { filePath: string }>,
  onMismatch: (error: AppError) => void
) {
  const hash = createHash('sha256')
  let size = 0
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      hash.update(chunk)
      size += chunk.length
      callback(null, chunk)
    },
    flush(callback) {
      if (size !== source.size || hash.digest('hex') !== source.sha256)
        onMismatch(new AppError('CONFLICT', source.mismatch))
      callback()
    }
  })
}

async function syncPath(path: string): Promise<void> {
  const handle = await open(path, 'r')
  try {
    await handle.sync()
  } finally {
    await handle.close()
  }
}

/**
 * Writes the zip to `target` as a stream — documents are read from disk one after the other, never all held in
 * memory — through a temporary file that takes the final name only once complete and synced: a failed export never
 * leaves a partial .zip behind. Answers the size written.
 */
export async function writeZipAtomic(
  target: string,
  sources: readonly ZipSource[],
  mtime: Date
): Promise<number> {
  const temp = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`)
  try {
    await new Promise<void>((resolve, reject) => {
      const zip = new yazl.ZipFile()
      const output = createWriteStream(temp, { flags: 'wx', mode: 0o600 })
      const fail = (error: Error) => {
        output.destroy()
        reject(error)
      }
      zip.on('error', fail)
      output.on('error', fail)
      output.on('finish', () => resolve())
      zip.outputStream.on('error', fail)
      zip.outputStream.pipe(output)
      for (const source of sources) {
        const options = { mtime, compress: !STORED.test(source.path) }
        if ('data' in source) zip.addBuffer(source.data, source.path, options)
        else
          zip.addReadStreamLazy(source.path, { ...options, size: source.size }, (callback) => {
            const read = createReadStream(source.filePath)
            read.on('error', fail)
            callback(null, read.pipe(fingerprintCheck(source, fail)))
          })
      }
      zip.end()
    })
    await syncPath(temp)
    await rename(temp, target)
    if (process.platform !== 'win32') await syncPath(dirname(target))
    return (await stat(target)).size
  } catch (error) {
    await rm(temp, { force: true })
    throw translateStorageError(error)
  }
}

import { randomBytes } from 'node:crypto'
import { open, rename, rm, type FileHandle } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { translateStorageError } from '../../db/storage-errors'

export interface AtomicWriteOptions {
  /**
   * Opens the temporary file for writing. Tests substitute a handle on `/dev/full` to get a real ENOSPC from the
   * kernel; the app always uses the default.
   */
  openTemp?: (tempPath: string) => Promise<FileHandle>
}

/** Where the content is staged: same folder as the target, so the final rename stays on one file system. */
function tempPathFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`)
}

/** Makes the rename itself durable; Windows cannot open a folder, and NTFS journals the rename anyway. */
async function syncFolder(folder: string): Promise<void> {
  if (process.platform === 'win32') return
  const handle = await open(folder, 'r')
  try {
    await handle.sync()
  } finally {
    await handle.close()
  }
}

/**
 * Writes `data` to `target` so that the file is either the complete new content or untouched: write a temporary
 * file, fsync it, then rename it over the target. On any failure the temporary file is removed and a French
 * AppError (DISK_FULL, WRITE_FAILED) explains it; no partial file is ever left behind.
 */
export async function writeFileAtomic(
  target: string,
  data: Uint8Array | string,
  { openTemp = (path) => open(path, 'wx', 0o600) }: AtomicWriteOptions = {}
): Promise<void> {
  const tempPath = tempPathFor(target)
  try {
    const handle = await openTemp(tempPath)
    try {
      await handle.writeFile(data)
      await handle.sync()
    } finally {
      await handle.close()
    }
    await rename(tempPath, target)
  } catch (error) {
    await rm(tempPath, { force: true })
    throw translateStorageError(error)
  }
  await syncFolder(dirname(target))
}

import { open, rename, rm } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { checkDatabaseFile } from '../../db/database-health'
import { runStatement, withRawFile } from '../../db/sqlite-file'
import { translateStorageError } from '../../db/storage-errors'
import { AppError } from '../../shared/errors'

async function syncPath(path: string): Promise<void> {
  const handle = await open(path, 'r')
  try {
    await handle.sync()
  } finally {
    await handle.close()
  }
}

/**
 * Writes a consistent copy of the database `sourceFile` to `target` with `VACUUM INTO` on a read-only connection
 * of its own — never a copy of the live file, which could catch a transaction half-written. The copy is staged
 * under a temporary name, must pass `integrity_check`, is fsynced, and only then takes its final name, so a
 * backup file that exists is a good one. Works while the app holds the database open (WAL readers never block).
 */
export async function snapshotDatabase(sourceFile: string, target: string): Promise<void> {
  const staging = join(dirname(target), `.${basename(target)}.partial`)
  await rm(staging, { force: true })
  try {
    await withRawFile(sourceFile, 'read-only', (database) =>
      runStatement(database, 'vacuum into ?', [staging])
    )
    const health = await checkDatabaseFile(staging, 'full')
    if (!health.ok) {
      throw new AppError(
        'DATABASE_CORRUPT',
        `La sauvegarde n'a pas pu être vérifiée : ${health.problems.join(' ; ')}. La base de données actuelle est ` +
          'peut-être endommagée ; lancez « check » ou restaurez une sauvegarde précédente.'
      )
    }
    await syncPath(staging)
    await rename(staging, target)
    if (process.platform !== 'win32') await syncPath(dirname(target))
  } catch (error) {
    await rm(staging, { force: true })
    throw translateStorageError(error)
  }
}

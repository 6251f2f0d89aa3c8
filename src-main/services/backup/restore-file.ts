import { randomBytes } from 'node:crypto'
import { rm } from 'node:fs/promises'
import { join } from 'node:path'
import { checkDatabaseFile } from '../../db/database-health'
import { fileOwnership } from '../../db/database-ownership'
import { MIGRATIONS } from '../../db/migrations'
import { openDatabase } from '../../db/open-database'
import { allRows, copyFileInto, runStatement, withRawFile } from '../../db/sqlite-file'
import { translateStorageError } from '../../db/storage-errors'
import { AppError, ValidationError } from '../../shared/errors'
import { snapshotDatabase } from './snapshot'

const NOTHING_REPLACED = 'rien n’a été remplacé'

/**
 * Refuses, before anything is touched, a file that is damaged, not a database of this app (another program's
 * SQLite file, after which the app would no longer open), empty (all data replaced by nothing), or from a newer
 * version of the app.
 */
export async function assertRestorable(backupFile: string): Promise<void> {
  const health = await checkDatabaseFile(backupFile, 'full')
  if (!health.ok) {
    throw new AppError(
      'DATABASE_CORRUPT',
      `Cette sauvegarde est endommagée ou n'est pas une base de données, et ne peut pas être restaurée : ${health.problems.join(' ; ')}`
    )
  }
  const ownership = await fileOwnership(backupFile)
  if (ownership === 'foreign')
    throw new ValidationError(
      `Ce fichier est une base SQLite d'un autre programme, pas une sauvegarde d'Alliance Conventions : ${NOTHING_REPLACED}.`
    )
  if (ownership === 'empty')
    throw new ValidationError(
      `Ce fichier est une base de données vide : la restaurer remplacerait toutes vos données par rien ; ${NOTHING_REPLACED}.`
    )
  const [row] = await withRawFile(backupFile, 'read-only', (database) =>
    allRows<{ user_version: number }>(database, 'pragma user_version')
  )
  const version = row?.user_version ?? 0
  if (version > MIGRATIONS.length) {
    throw new AppError(
      'DATABASE_TOO_NEW',
      `Cette sauvegarde vient d'une version plus récente d'Alliance Conventions (schéma ${version}) : ` +
        "installez la dernière version de l'application pour la restaurer."
    )
  }
}

async function migrateCopy(copy: string): Promise<void> {
  try {
    await (await openDatabase(copy)).close()
  } catch (error) {
    // A full or failing disk says so; anything else is the backup's own schema refusing the update.
    if (error instanceof AppError && (error.code === 'DISK_FULL' || error.code === 'WRITE_FAILED'))
      throw error
    throw new AppError(
      'DATABASE_CORRUPT',
      `Cette sauvegarde ne peut pas être mise à jour pour cette version de l'application (son schéma est incomplet ou endommagé) : ${NOTHING_REPLACED}.`
    )
  }
}

/**
 * A checked copy of the backup, brought up to the current schema in `folder`, for `use` to copy into the database:
 * a migration that fails stops the restore before the database is touched. The copy is always removed.
 */
export async function withMigratedCopy<T>(
  backupFile: string,
  folder: string,
  use: (migratedFile: string) => Promise<T>
): Promise<T> {
  await assertRestorable(backupFile)
  const copy = join(folder, `.restauration-${randomBytes(6).toString('hex')}.sqlite`)
  try {
    await snapshotDatabase(backupFile, copy)
    await migrateCopy(copy)
    return await use(copy)
  } finally {
    for (const suffix of ['', '-wal', '-shm', '-journal']) await rm(copy + suffix, { force: true })
  }
}

/**
 * Copies every page of `backupFile` into the database file `databasePath` (created if missing) with SQLite's
 * online backup API, through a connection of its own: connections already open on the database see the old
 * content or the new one, never a mix. The result is put back in WAL mode, as the app expects.
 */
export async function copyBackupInto(databasePath: string, backupFile: string): Promise<void> {
  try {
    await withRawFile(databasePath, 'read-write', async (database) => {
      await copyFileInto(database, backupFile)
      await runStatement(database, 'pragma journal_mode = wal')
    })
  } catch (error) {
    throw translateStorageError(error)
  }
}

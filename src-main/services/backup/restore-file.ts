import { checkDatabaseFile } from '../../db/database-health'
import { MIGRATIONS } from '../../db/migrations'
import { allRows, copyFileInto, runStatement, withRawFile } from '../../db/sqlite-file'
import { translateStorageError } from '../../db/storage-errors'
import { AppError } from '../../shared/errors'

/** Refuses a backup that is damaged or comes from a newer version of the app, before anything is touched. */
export async function assertRestorable(backupFile: string): Promise<void> {
  const health = await checkDatabaseFile(backupFile, 'full')
  if (!health.ok) {
    throw new AppError(
      'DATABASE_CORRUPT',
      `Cette sauvegarde est endommagée et ne peut pas être restaurée : ${health.problems.join(' ; ')}`
    )
  }
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

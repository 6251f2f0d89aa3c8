import { existsSync, statSync } from 'node:fs'
import { rename } from 'node:fs/promises'
import { checkDatabaseFile } from '../../db/database-health'
import { openDatabase, type OpenedDatabase } from '../../db/open-database'
import type { MigrationOptions } from '../../db/migrator'
import type { BackupInfo } from '../../shared/domain/backup'
import { AppError } from '../../shared/errors'
import { documentsFolderFor } from '../documents/document-files'
import { installationKey } from '../trust/installation-key'
import { createBackupFile, isBackupDue, latestGoodBackup, listBackups } from './backup.service'
import { sweepOrphans } from './orphan-sweep'
import { copyBackupInto, withMigratedCopy } from './restore-file'
import { fileOwnership, foreignDatabaseError } from '../../db/database-ownership'
import { mkdir } from 'node:fs/promises'

export interface StartupOptions {
  databasePath: string
  backupsFolder: string
  now?: () => Date
  migrations?: MigrationOptions['migrations']
}

export type StartupOutcome =
  | {
      kind: 'ready'
      database: OpenedDatabase
      /** The daily backup taken at this start, if one was due. */
      dailyBackup: BackupInfo | null
      /** Why the daily backup could not be taken (the app still starts: the database itself is fine). */
      backupProblem: string | null
    }
  | { kind: 'damaged'; problems: string[]; latestGoodBackup: BackupInfo | null }

/**
 * Opens the database the way the app starts: `quick_check` on an existing file first, so a damaged or truncated
 * file is reported with the latest good backup to restore — never replaced by a fresh empty database; a snapshot
 * before migrating an existing database; then the daily backup when the last one is more than a day old.
 */
export async function openAtStartup({
  databasePath,
  backupsFolder,
  now = () => new Date(),
  migrations
}: StartupOptions): Promise<StartupOutcome> {
  const backups = await listBackups(backupsFolder)
  // An empty file where backups exist is a wiped database, not a first start.
  const mustCheck = existsSync(databasePath) && (statSync(databasePath).size > 0 || backups.length > 0)
  if (mustCheck) {
    const health = await checkDatabaseFile(databasePath, 'quick')
    if (!health.ok) return damaged(health.problems, backupsFolder)
  }
  let database: OpenedDatabase
  try {
    database = await openDatabase(databasePath, {
      ...(migrations ? { migrations } : {}),
      beforeMigratingExisting: async () => {
        await createBackupFile(databasePath, backupsFolder, 'pre-migration', now())
      }
    })
  } catch (error) {
    if (error instanceof AppError && error.code === 'DATABASE_CORRUPT')
      return damaged([error.message], backupsFolder)
    throw error
  }
  await prepareInstallation(database, now)
  if (!isBackupDue(await listBackups(backupsFolder), now())) {
    return { kind: 'ready', database, dailyBackup: null, backupProblem: null }
  }
  try {
    const dailyBackup = await createBackupFile(databasePath, backupsFolder, 'daily', now())
    return { kind: 'ready', database, dailyBackup, backupProblem: null }
  } catch (error) {
    return { kind: 'ready', database, dailyBackup: null, backupProblem: (error as Error).message }
  }
}

/**
 * Once the database is open: the installation's signing key is created if it has none yet, and what interrupted
 * calls left behind is swept (orphan documents, incoming folders, staged bundles). Neither stops the start.
 */
async function prepareInstallation(database: OpenedDatabase, now: () => Date): Promise<void> {
  await installationKey(database.db, now).catch(() => undefined)
  await sweepOrphans(database.db, { documentsFolder: documentsFolderFor(database.file), now }).catch(
    () => undefined
  )
}

async function damaged(problems: string[], backupsFolder: string): Promise<StartupOutcome> {
  return { kind: 'damaged', problems, latestGoodBackup: await latestGoodBackup(backupsFolder) }
}

/**
 * Restores a backup while the database is closed (damaged file at start-up, or the CLI). The backup is checked
 * and a copy of it migrated first; then a healthy current database is backed up, a damaged one moved aside with
 * its WAL (never deleted, so nothing that could still be rescued from it is destroyed), and another program's
 * database is refused untouched. Returns where the damaged file went, if it was moved.
 */
export async function restoreClosedDatabase(
  databasePath: string,
  backupFile: string,
  backupsFolder: string,
  now: Date = new Date()
): Promise<{ setAside: string | null }> {
  await mkdir(backupsFolder, { recursive: true })
  return withMigratedCopy(backupFile, backupsFolder, async (migrated) => {
    let setAside: string | null = null
    if (existsSync(databasePath)) {
      const health = await checkDatabaseFile(databasePath, 'quick')
      if (health.ok) {
        if ((await fileOwnership(databasePath)) === 'foreign') throw foreignDatabaseError(databasePath)
        await createBackupFile(databasePath, backupsFolder, 'pre-restore', now)
      } else {
        setAside = `${databasePath}.endommagee-${now.toISOString().replace(/[-:.]/g, '')}`
        for (const suffix of ['', '-wal', '-shm']) {
          if (existsSync(databasePath + suffix)) await rename(databasePath + suffix, setAside + suffix)
        }
      }
    }
    await copyBackupInto(databasePath, migrated)
    return { setAside }
  })
}

import { mkdir, readdir, rm, stat } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { checkDatabaseFile } from '../../db/database-health'
import { translateStorageError } from '../../db/storage-errors'
import type { AppDatabase } from '../../db/schema'
import type { BackupInfo, BackupReason, RestoreOutcome } from '../../shared/domain/backup'
import { NotFoundError } from '../../shared/errors'
import { backupFileName, parseBackupFileName } from './backup-names'
import { backupsToDelete, DEFAULT_ROTATION, type RotationPolicy } from './backup-rotation'
import { copyBackupInto, withMigratedCopy } from './restore-file'
import { snapshotDatabase } from './snapshot'

export const BACKUPS_FOLDER_NAME = 'backups'
const ONE_DAY_MS = 24 * 60 * 60 * 1000

/** The backups live next to the database, in `backups/`, in the app's own data folder. */
export function backupsFolderFor(databasePath: string): string {
  return join(dirname(databasePath), BACKUPS_FOLDER_NAME)
}

/** Lists the backups of `folder`, newest first; other files (staging copies, notes) are ignored. */
export async function listBackups(folder: string): Promise<BackupInfo[]> {
  let names: string[]
  try {
    names = await readdir(folder)
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') return []
    throw error
  }
  const backups: BackupInfo[] = []
  for (const name of names) {
    const info = parseBackupFileName(name, 0)
    if (info) backups.push({ ...info, sizeBytes: (await stat(join(folder, name))).size })
  }
  return backups.sort((a, b) => b.createdAt.localeCompare(a.createdAt))
}

/** Takes a verified backup of `databasePath` into `folder`; automatic and manual backups are then rotated. */
export async function createBackupFile(
  databasePath: string,
  folder: string,
  reason: BackupReason,
  now: Date,
  rotation: RotationPolicy = DEFAULT_ROTATION
): Promise<BackupInfo> {
  await mkdir(folder, { recursive: true }).catch((error: unknown) => {
    throw translateStorageError(error)
  })
  const name = backupFileName(now, reason)
  await snapshotDatabase(databasePath, join(folder, name))
  // Rotation runs after a new backup only, never around a restore: the file being restored stays available.
  if (reason === 'daily' || reason === 'manual') {
    for (const old of backupsToDelete(await listBackups(folder), rotation))
      await rm(join(folder, old.name), { force: true })
  }
  const created = parseBackupFileName(name, (await stat(join(folder, name))).size)
  if (!created) throw new Error(`Nom de sauvegarde illisible : ${name}`)
  return created
}

/** Whether the last backup, whatever its reason, is more than a day old (or there is none). */
export function isBackupDue(backups: readonly BackupInfo[], now: Date): boolean {
  const [latest] = backups
  return !latest || now.getTime() - Date.parse(latest.createdAt) >= ONE_DAY_MS
}

/** The newest backup that passes `integrity_check`: the one offered when the database is damaged. */
export async function latestGoodBackup(folder: string): Promise<BackupInfo | null> {
  for (const backup of await listBackups(folder)) {
    if ((await checkDatabaseFile(join(folder, backup.name), 'full')).ok) return backup
  }
  return null
}

export interface BackupServiceDeps {
  db: AppDatabase
  databasePath: string
  folder?: string
  now?: () => Date
  rotation?: RotationPolicy
}

export type BackupService = ReturnType<typeof createBackupService>

/** Backups of the open database: list, create, restore (Settings, CLI, start-up). */
export function createBackupService({
  db,
  databasePath,
  folder = backupsFolderFor(databasePath),
  now = () => new Date(),
  rotation = DEFAULT_ROTATION
}: BackupServiceDeps) {
  async function find(name: string): Promise<BackupInfo> {
    const backup = (await listBackups(folder)).find((candidate) => candidate.name === name)
    if (!backup) throw new NotFoundError(`La sauvegarde « ${name} » n'existe pas (ou plus).`)
    return backup
  }

  /**
   * Replaces the database's content with a backup's, in place: the backup is checked and a copy of it brought up to
   * date first (it may come from before an update), the current content is backed up, then the pages are copied
   * with SQLite's backup API while the app's own connection is held idle.
   */
  async function restore(name: string): Promise<RestoreOutcome> {
    const restored = await find(name)
    return withMigratedCopy(join(folder, restored.name), folder, async (migrated) => {
      const safetyBackup = await createBackupFile(databasePath, folder, 'pre-restore', now(), rotation)
      await db.connection().execute(() => copyBackupInto(databasePath, migrated))
      return { restored, safetyBackup }
    })
  }

  return {
    folder,
    list: () => listBackups(folder),
    create: (reason: BackupReason = 'manual') =>
      createBackupFile(databasePath, folder, reason, now(), rotation),
    /** A backup written where the user chooses (`backup create --out`), outside the rotated folder. */
    exportTo: (target: string) => snapshotDatabase(databasePath, target),
    isDailyDue: async () => isBackupDue(await listBackups(folder), now()),
    restore,
    pathOf: (backup: BackupInfo) => join(folder, backup.name)
  }
}

import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { checkDatabaseFile } from '../../db/database-health'
import { fileOwnership, foreignDatabaseError } from '../../db/database-ownership'
import { backupsFolderFor, latestGoodBackup } from '../../services/backup/backup.service'
import { AppError, NotFoundError } from '../../shared/errors'
import type { FileCommandContext } from '../cli-io'

/** `check`: full integrity check of the database file; exit code 1 when it is damaged, with the backup to restore. */
export async function runCheck(_args: string[], { databasePath, output }: FileCommandContext): Promise<void> {
  if (!existsSync(databasePath))
    throw new NotFoundError(`Aucune base de données à cet emplacement : ${databasePath}`)
  const health = await checkDatabaseFile(databasePath, 'full')
  if (health.ok) {
    if ((await fileOwnership(databasePath)) === 'foreign') throw foreignDatabaseError(databasePath)
    output.out(`Base de données intacte : ${databasePath}`)
    return
  }
  for (const problem of health.problems) output.err(`  – ${problem}`)
  const backup = await latestGoodBackup(backupsFolderFor(databasePath))
  throw new AppError(
    'DATABASE_CORRUPT',
    backup
      ? `La base de données est endommagée. Dernière sauvegarde intacte : ${backup.name}\n` +
          `Pour la restaurer : backup restore ${join(backupsFolderFor(databasePath), backup.name)}`
      : 'La base de données est endommagée, et aucune sauvegarde intacte n’a été trouvée.'
  )
}

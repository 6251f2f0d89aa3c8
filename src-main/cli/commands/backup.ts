import { existsSync } from 'node:fs'
import { basename, join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { backupsFolderFor, createBackupFile, listBackups } from '../../services/backup/backup.service'
import { snapshotDatabase } from '../../services/backup/snapshot'
import { restoreClosedDatabase } from '../../services/backup/startup'
import { BACKUP_REASON_LABELS, type BackupInfo } from '../../shared/domain/backup'
import { AppError, NotFoundError } from '../../shared/errors'
import { formatByteSize } from '../../shared/format/byte-size'
import { UsageError, type FileCommandContext } from '../cli-io'

/** `backup create|list|restore`: works on the database file itself, so it also serves when the app cannot open it. */
export async function runBackup(args: string[], context: FileCommandContext): Promise<void> {
  const [verb, ...rest] = args
  if (verb === 'create') return createBackup(rest, context)
  if (verb === 'list') return listBackupFiles(rest, context)
  if (verb === 'restore') return restoreBackup(rest, context)
  throw new UsageError(
    verb ? `Sous-commande inconnue : backup ${verb}` : 'Précisez : backup create, list ou restore'
  )
}

function assertDatabaseExists(databasePath: string): void {
  if (!existsSync(databasePath))
    throw new NotFoundError(`Aucune base de données à cet emplacement : ${databasePath}`)
}

async function createBackup(args: string[], { databasePath, output }: FileCommandContext): Promise<void> {
  const { values } = parseArgs({ args, options: { out: { type: 'string' } }, strict: true })
  assertDatabaseExists(databasePath)
  if (values.out !== undefined) {
    const target = resolve(values.out)
    if (existsSync(target))
      throw new AppError('CONFLICT', `Le fichier ${target} existe déjà : choisissez un autre nom.`)
    await snapshotDatabase(databasePath, target)
    output.out(`Sauvegarde vérifiée écrite dans ${target}`)
    return
  }
  const backup = await createBackupFile(databasePath, backupsFolderFor(databasePath), 'manual', new Date())
  output.out(
    `Sauvegarde vérifiée : ${join(backupsFolderFor(databasePath), backup.name)} (${formatByteSize(backup.sizeBytes)})`
  )
}

export function describeBackup(backup: BackupInfo): string {
  const date = new Date(backup.createdAt).toLocaleString('fr-FR', { dateStyle: 'short', timeStyle: 'short' })
  return [date, BACKUP_REASON_LABELS[backup.reason], formatByteSize(backup.sizeBytes), backup.name].join(
    '  |  '
  )
}

async function listBackupFiles(args: string[], { databasePath, output }: FileCommandContext): Promise<void> {
  const { values } = parseArgs({ args, options: { json: { type: 'boolean' } }, strict: true })
  const backups = await listBackups(backupsFolderFor(databasePath))
  if (values.json) {
    output.out(JSON.stringify(backups, null, 2))
    return
  }
  if (backups.length === 0) {
    output.out(`Aucune sauvegarde dans ${backupsFolderFor(databasePath)}.`)
    return
  }
  for (const backup of backups) output.out(describeBackup(backup))
}

async function restoreBackup(args: string[], { databasePath, output }: FileCommandContext): Promise<void> {
  const { positionals } = parseArgs({ args, allowPositionals: true, strict: true })
  const [given] = positionals
  if (!given) throw new UsageError('Précisez le fichier de sauvegarde : backup restore FICHIER')
  const folder = backupsFolderFor(databasePath)
  // A bare name as printed by `backup list` refers to the backups folder.
  const file =
    given === basename(given) && existsSync(join(folder, given)) ? join(folder, given) : resolve(given)
  if (!existsSync(file)) throw new NotFoundError(`Sauvegarde introuvable : ${file}`)
  const { setAside } = await restoreClosedDatabase(databasePath, file, folder)
  output.out(`Base de données restaurée depuis ${file}`)
  output.out(
    setAside
      ? `Le fichier endommagé a été mis de côté : ${setAside}`
      : "L'état précédent a été sauvegardé avant la restauration (voir « backup list »)."
  )
}

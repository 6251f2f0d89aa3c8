import { randomBytes } from 'node:crypto'
import type { BackupInfo, BackupReason } from '../../shared/domain/backup'

const PREFIX = 'alliance-conventions-'
const EXTENSION = '.sqlite'
const REASONS: readonly BackupReason[] = ['daily', 'manual', 'pre-migration', 'pre-restore', 'pre-import']
/** The random tail is optional: backups taken before it existed keep their names. */
const NAME_PATTERN = new RegExp(
  `^alliance-conventions-(\\d{8})T(\\d{6})(\\d{3})Z-(${REASONS.join('|')})(?:-[0-9a-f]{6})?\\.sqlite$`
)

/**
 * `alliance-conventions-20261128T140512345Z-daily-3f2a9c.sqlite`: sortable, in UTC, says why it was taken, and
 * unique — two imports started in the same millisecond (the app and the CLI) never aim at the same file.
 */
export function backupFileName(createdAt: Date, reason: BackupReason): string {
  const stamp = createdAt.toISOString().replace(/[-:.]/g, '')
  return `${PREFIX}${stamp}-${reason}-${randomBytes(3).toString('hex')}${EXTENSION}`
}

/** Reads the date and reason back from a backup's name; undefined for any other file of the folder. */
export function parseBackupFileName(name: string, sizeBytes: number): BackupInfo | undefined {
  const match = NAME_PATTERN.exec(name)
  if (!match) return undefined
  const [, day = '', time = '', millis = '', reason = ''] = match
  if (!(REASONS as readonly string[]).includes(reason)) return undefined
  const iso = `${day.slice(0, 4)}-${day.slice(4, 6)}-${day.slice(6, 8)}T${time.slice(0, 2)}:${time.slice(2, 4)}:${time.slice(4, 6)}.${millis}Z`
  if (Number.isNaN(Date.parse(iso))) return undefined
  return { name, reason: reason as BackupReason, createdAt: iso, sizeBytes }
}

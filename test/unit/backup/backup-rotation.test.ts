import { describe, expect, it } from 'vitest'
import { backupFileName, parseBackupFileName } from '../../../src-main/services/backup/backup-names'
import { backupsToDelete } from '../../../src-main/services/backup/backup-rotation'
import type { BackupInfo } from '../../../src-main/shared/domain/backup'

function dailyBackups(first: string, days: number): BackupInfo[] {
  return Array.from({ length: days }, (_, index) => {
    const date = new Date(Date.parse(first) + index * 24 * 3600 * 1000)
    return parseBackupFileName(backupFileName(date, 'daily'), 1) as BackupInfo
  })
}

describe('backup rotation: 7 daily and 4 weekly', () => {
  it('after 60 days of daily backups keeps the last 7 days and the last backup of the 4 latest weeks', () => {
    const backups = dailyBackups('2026-09-01T08:00:00Z', 60)
    const deleted = new Set(backupsToDelete(backups).map((backup) => backup.name))
    const kept = backups
      .filter((backup) => !deleted.has(backup.name))
      .map((backup) => backup.createdAt.slice(0, 10))
    expect(kept).toEqual([
      '2026-10-11', // Sunday, last of its week
      '2026-10-18',
      '2026-10-24', // the last 7 days
      '2026-10-25',
      '2026-10-26',
      '2026-10-27',
      '2026-10-28',
      '2026-10-29',
      '2026-10-30'
    ])
  })

  it('keeps the newest few whatever their day, so a backup being restored is never rotated away', () => {
    const sameDay = [0, 1, 2, 3].map(
      (minute) =>
        parseBackupFileName(
          backupFileName(new Date(Date.UTC(2026, 10, 28, 9, minute)), 'manual'),
          1
        ) as BackupInfo
    )
    expect(backupsToDelete(sameDay).map((backup) => backup.createdAt)).toEqual(['2026-11-28T09:00:00.000Z'])
  })

  it('reads back the date and reason of its own file names and ignores any other file', () => {
    const name = backupFileName(new Date('2026-11-28T14:05:12.345Z'), 'pre-migration')
    expect(name).toMatch(/^alliance-conventions-20261128T140512345Z-pre-migration-[0-9a-f]{6}\.sqlite$/)
    expect(backupFileName(new Date('2026-11-28T14:05:12.345Z'), 'pre-migration')).not.toBe(name)
    expect(parseBackupFileName(name, 10)).toEqual({
      name,
      reason: 'pre-migration',
      createdAt: '2026-11-28T14:05:12.345Z',
      sizeBytes: 10
    })
    expect(parseBackupFileName('alliance-conventions-20261128T140512345Z-daily.sqlite', 1)).toMatchObject({
      reason: 'daily'
    })
    expect(parseBackupFileName('notes.txt', 1)).toBeUndefined()
    expect(parseBackupFileName('alliance-conventions-20261128T140512345Z-other.sqlite', 1)).toBeUndefined()
  })
})

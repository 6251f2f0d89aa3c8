import type { BackupInfo } from '../../shared/domain/backup'

export interface RotationPolicy {
  /** Always kept, whatever their day: the backups just taken (e.g. the one a restore starts from). */
  newest: number
  days: number
  weeks: number
}

export const DEFAULT_ROTATION: RotationPolicy = { newest: 3, days: 7, weeks: 4 }

function dayKey(iso: string): string {
  return iso.slice(0, 10)
}

/** Monday of the ISO week, in UTC, as the week's key. */
function weekKey(iso: string): string {
  const date = new Date(`${iso.slice(0, 10)}T00:00:00Z`)
  const sinceMonday = (date.getUTCDay() + 6) % 7
  date.setUTCDate(date.getUTCDate() - sinceMonday)
  return date.toISOString().slice(0, 10)
}

/** Keeps the newest backup of each of the `count` most recent periods that have one. */
function newestPerPeriod(
  sorted: readonly BackupInfo[],
  key: (iso: string) => string,
  count: number
): BackupInfo[] {
  const kept: BackupInfo[] = []
  const seen = new Set<string>()
  for (const backup of sorted) {
    const period = key(backup.createdAt)
    if (seen.has(period)) continue
    if (seen.size === count) break
    seen.add(period)
    kept.push(backup)
  }
  return kept
}

/**
 * Which backups to delete: everything but the newest few, the newest of each of the last 7 days with a backup,
 * and the newest of each of the last 4 weeks with one (so a month of history survives with 11 files at most).
 */
export function backupsToDelete(
  backups: readonly BackupInfo[],
  policy: RotationPolicy = DEFAULT_ROTATION
): BackupInfo[] {
  const sorted = [...backups].sort((a, b) => b.createdAt.localeCompare(a.createdAt))
  const keep = new Set<string>([
    ...sorted.slice(0, policy.newest).map((backup) => backup.name),
    ...newestPerPeriod(sorted, dayKey, policy.days).map((backup) => backup.name),
    ...newestPerPeriod(sorted, weekKey, policy.weeks).map((backup) => backup.name)
  ])
  return sorted.filter((backup) => !keep.has(backup.name))
}

/** Why a backup was taken; automatic ones are rotated, all of them are listed in Settings. */
export type BackupReason = 'daily' | 'manual' | 'pre-migration' | 'pre-restore' | 'pre-import'

export const BACKUP_REASON_LABELS: Record<BackupReason, string> = {
  daily: 'Quotidienne',
  manual: 'Manuelle',
  'pre-migration': 'Avant mise à jour',
  'pre-restore': 'Avant restauration',
  'pre-import': 'Avant import'
}

/** One backup file of the backups folder. */
export interface BackupInfo {
  /** File name inside the backups folder: the only handle the renderer gets (never a full path). */
  name: string
  reason: BackupReason
  /** ISO timestamp of when the backup was taken. */
  createdAt: string
  sizeBytes: number
}

export interface RestoreOutcome {
  restored: BackupInfo
  /** The database as it was just before the restore, kept so the restore itself can be undone. */
  safetyBackup: BackupInfo
}

export interface ContactErasureOutcome {
  partnerId: number
  /** Backups that still hold the erased contact until rotation removes them. */
  backupsStillHolding: BackupInfo[]
}

import type { BackupInfo } from './backup'

/** How the app started: normally, or on a damaged database that must be restored before anything else. */
export type StartupState =
  { state: 'ready' } | { state: 'damaged'; problems: string[]; latestGoodBackup: BackupInfo | null }

export interface StartupRecovery {
  restored: BackupInfo
  /** Where the damaged file was moved (never deleted), if it was. */
  setAside: string | null
}

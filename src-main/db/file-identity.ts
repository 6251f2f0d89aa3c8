import { stat } from 'node:fs/promises'

/** Which file a path named when the database was opened, to notice it being unlinked or replaced later. */
export interface FileIdentity {
  /** False once the path is gone or names another file (a restore copied over by hand, a deleted data folder). */
  isStillThere(): Promise<boolean>
}

/**
 * Reads the device and inode of `file` now. Windows refuses to delete or rename a file SQLite holds open, and
 * reports inode numbers too, so the same check serves there without harm.
 */
export async function fileIdentity(file: string): Promise<FileIdentity | undefined> {
  const opened = await stat(file, { bigint: true }).catch(() => undefined)
  if (!opened) return undefined
  return {
    async isStillThere() {
      const now = await stat(file, { bigint: true }).catch(() => undefined)
      return now !== undefined && now.ino === opened.ino && now.dev === opened.dev
    }
  }
}

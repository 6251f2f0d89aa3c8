import { homedir } from 'node:os'
import { join } from 'node:path'
import { DATABASE_FILE_NAME } from '../db/open-database'

/** The folder Electron uses as `userData` for this app, so the CLI works on the app's own database by default. */
export function defaultUserDataFolder(platform = process.platform, env = process.env): string {
  if (platform === 'win32')
    return join(env['APPDATA'] ?? join(homedir(), 'AppData', 'Roaming'), 'alliance-conventions')
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'alliance-conventions')
  return join(env['XDG_CONFIG_HOME'] ?? join(homedir(), '.config'), 'alliance-conventions')
}

export function defaultDatabasePath(): string {
  return process.env['ALLIANCE_CONVENTIONS_DB'] ?? join(defaultUserDataFolder(), DATABASE_FILE_NAME)
}

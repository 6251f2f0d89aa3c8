import type { OpenedDatabase } from '../db/open-database'
import { backupsFolderFor } from '../services/backup/backup.service'
import { openAtStartup, restoreClosedDatabase } from '../services/backup/startup'
import type { StartupState } from '../shared/domain/startup'
import { AppError } from '../shared/errors'
import { CHANNELS } from '../shared/ipc/channels'
import type { Handlers } from './handlers'
import { join } from 'node:path'

export interface AppSession {
  /** The handlers in force: the app's own once the database is open, recovery ones while it is damaged. */
  handlers(): Handlers
  /** The open database, once there is one. */
  database(): OpenedDatabase | undefined
}

/**
 * Opens the database the way the app starts. On a damaged file the app does not start empty over it: every
 * channel answers that the data is damaged, except the two that show the damage and restore the latest good
 * backup, after which the session switches to the app's handlers. Shared by Electron and the e2e bridge.
 */
export async function startAppSession(
  databasePath: string,
  makeHandlers: (database: OpenedDatabase) => Handlers
): Promise<AppSession> {
  const backupsFolder = backupsFolderFor(databasePath)
  let database: OpenedDatabase | undefined
  let current: Handlers

  async function open(): Promise<StartupState> {
    const outcome = await openAtStartup({ databasePath, backupsFolder })
    if (outcome.kind === 'ready') {
      database = outcome.database
      current = makeHandlers(database)
      return { state: 'ready' }
    }
    const damaged: StartupState = {
      state: 'damaged',
      problems: outcome.problems,
      latestGoodBackup: outcome.latestGoodBackup
    }
    current = recoveryHandlers(damaged)
    return damaged
  }

  function recoveryHandlers(damaged: Extract<StartupState, { state: 'damaged' }>): Handlers {
    const refuse = () => {
      throw new AppError(
        'DATABASE_CORRUPT',
        'Le fichier de données est endommagé : restaurez la dernière sauvegarde valide pour continuer.'
      )
    }
    const handlers = Object.fromEntries(CHANNELS.map((channel) => [channel, refuse])) as unknown as Handlers
    return {
      ...handlers,
      'startup:state': () => damaged,
      'startup:restoreLatestBackup': async () => {
        const backup = damaged.latestGoodBackup
        if (!backup) {
          throw new AppError(
            'NOT_FOUND',
            'Aucune sauvegarde valide n’a été trouvée : rien ne peut être restauré.'
          )
        }
        const { setAside } = await restoreClosedDatabase(
          databasePath,
          join(backupsFolder, backup.name),
          backupsFolder
        )
        const state = await open()
        if (state.state !== 'ready') {
          throw new AppError(
            'DATABASE_CORRUPT',
            'La sauvegarde restaurée ne s’ouvre pas non plus : essayez-en une autre.'
          )
        }
        return { restored: backup, setAside }
      }
    }
  }

  await open()
  return { handlers: () => current, database: () => database }
}

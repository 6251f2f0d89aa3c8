import { dialog } from 'electron'
import { join } from 'node:path'
import type { OpenedDatabase } from '../db/open-database'
import { backupsFolderFor } from '../services/backup/backup.service'
import { describeDamage } from '../services/backup/damage-report'
import { openAtStartup, restoreClosedDatabase } from '../services/backup/startup'

/**
 * Opens the database at start-up; when it is damaged, says so and offers the latest good backup. Returns
 * undefined when the user quits: the app never starts an empty database over a damaged one.
 */
export async function openOrRecover(databasePath: string): Promise<OpenedDatabase | undefined> {
  const backupsFolder = backupsFolderFor(databasePath)
  for (;;) {
    const outcome = await openAtStartup({ databasePath, backupsFolder })
    if (outcome.kind === 'ready') {
      if (outcome.backupProblem) console.warn(`[backup] sauvegarde quotidienne impossible : ${outcome.backupProblem}`)
      return outcome.database
    }
    const report = describeDamage(outcome.problems, outcome.latestGoodBackup)
    const buttons = report.restoreLabel ? [report.restoreLabel, report.quitLabel] : [report.quitLabel]
    const { response } = await dialog.showMessageBox({
      type: 'error',
      title: report.title,
      message: report.message,
      detail: report.detail,
      buttons,
      defaultId: 0,
      cancelId: buttons.length - 1,
      noLink: true
    })
    if (!report.restoreLabel || !outcome.latestGoodBackup || response !== 0) return undefined
    await restoreClosedDatabase(databasePath, join(backupsFolder, outcome.latestGoodBackup.name), backupsFolder)
  }
}

/**
 * Child process of the kill -9 import trials: imports an exchange bundle into the database the way the app does
 * (backup first, then one transaction) and prints `imported` once the service has answered.
 */
import { writeSync } from 'node:fs'
import { join, dirname } from 'node:path'
import { openDatabase } from '../../../../src-main/db/open-database'
import { createExchangeService } from '../../../../src-main/services/exchange/exchange.service'
import { createSettingsService } from '../../../../src-main/services/settings/settings.service'

const [file = '', bundle = ''] = process.argv.slice(2)

async function main(): Promise<void> {
  const database = await openDatabase(file)
  const exchange = createExchangeService({
    db: database.db,
    settings: createSettingsService({ db: database.db }),
    documentsFolder: join(dirname(file), 'documents')
  })
  writeSync(1, 'ready\n')
  await exchange.importFile({ filePath: bundle, defaultChoice: 'take' })
  writeSync(1, 'imported\n')
  await database.close()
  // Stay alive until killed: the parent always ends a trial with SIGKILL.
  setInterval(() => undefined, 1000)
}

main().catch((error: unknown) => {
  writeSync(2, `${String(error)}\n`)
  process.exit(3)
})

/**
 * Child process of the kill -9 import trials: imports an exchange bundle into the database the way the app does
 * (backup first, then one transaction) and prints `imported` once the service has answered.
 */
import { readFileSync, writeSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join, dirname } from 'node:path'
import { openDatabase } from '../../../../src-main/db/open-database'
import { createCommuneDirectory } from '../../../../src-main/services/communes/commune-directory'
import { createExchangeService } from '../../../../src-main/services/exchange/exchange.service'
import { createSettingsService } from '../../../../src-main/services/settings/settings.service'

const [file = '', bundle = ''] = process.argv.slice(2)

/** Bundled as CommonJS, this child finds the official communes through NODE_PATH, and reads them once. */
let directory: ReturnType<typeof createCommuneDirectory> | undefined
function loadCommunes() {
  const path = createRequire(join(process.cwd(), 'enfant.js')).resolve(
    '@etalab/decoupage-administratif/data/communes.json'
  )
  return createCommuneDirectory(
    JSON.parse(readFileSync(path, 'utf8')) as Parameters<typeof createCommuneDirectory>[0]
  )
}

async function main(): Promise<void> {
  const database = await openDatabase(file)
  const exchange = createExchangeService({
    db: database.db,
    settings: createSettingsService({ db: database.db }),
    documentsFolder: join(dirname(file), 'documents'),
    communes: async () => (directory ??= loadCommunes())
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

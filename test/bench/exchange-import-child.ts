/**
 * Child process of the exchange bench: stages, previews then imports a bundle into a new database, as the app does
 * (backup first, one transaction, documents streamed to disk), and prints its figures as JSON, peak memory included
 * — the import's own, apart from the parent that built the bundle.
 */
import { readFileSync, writeSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { writeHeapSnapshot } from 'node:v8'
import { openDatabase } from '../../src-main/db/open-database'
import { createBackupService } from '../../src-main/services/backup/backup.service'
import { createCommuneDirectory } from '../../src-main/services/communes/commune-directory'
import { createExchangeService } from '../../src-main/services/exchange/exchange.service'
import { createSettingsService } from '../../src-main/services/settings/settings.service'

const [file = '', bundle = '', mode = 'staged'] = process.argv.slice(2)

/** Bundled as CommonJS, the child finds the official communes through NODE_PATH. */
let directory: ReturnType<typeof createCommuneDirectory> | undefined
function loadCommunes() {
  const path = createRequire(join(process.cwd(), 'banc.js')).resolve(
    '@etalab/decoupage-administratif/data/communes.json'
  )
  return createCommuneDirectory(
    JSON.parse(readFileSync(path, 'utf8')) as Parameters<typeof createCommuneDirectory>[0]
  )
}

async function main(): Promise<void> {
  const database = await openDatabase(file)
  const backups = createBackupService({ db: database.db, databasePath: file })
  const exchange = createExchangeService({
    db: database.db,
    settings: createSettingsService({ db: database.db }),
    documentsFolder: join(dirname(file), 'documents'),
    backupBeforeImport: () => backups.create('pre-import'),
    communes: async () => (directory ??= loadCommunes())
  })
  const trace = (label: string) => {
    if (process.env['BENCH_TRACE']) {
      ;(globalThis as { gc?: () => void }).gc?.()
      const usage = process.memoryUsage()
      writeSync(
        2,
        `${label}: rss ${(usage.rss / 1048576).toFixed(0)} heap ${(usage.heapUsed / 1048576).toFixed(0)} ext ${(usage.external / 1048576).toFixed(0)} max ${(process.resourceUsage().maxRSS / 1024).toFixed(0)}\n`
      )
    }
  }
  trace('opened')
  const timer = setInterval(() => trace('tick'), 2000)
  // As the app does: the chosen file is staged, previewed, then its previewed copy imported; or, as the CLI does,
  // imported directly from its path (its --dry-run preview is another run).
  let start = performance.now()
  const token = mode === 'staged' ? await exchange.stageFile(bundle) : null
  const preview = token === null ? null : await exchange.previewStaged(token)
  trace('previewed')
  if (process.env['BENCH_SNAPSHOT']) writeHeapSnapshot(process.env['BENCH_SNAPSHOT'])
  const previewMs = performance.now() - start
  start = performance.now()
  const outcome =
    token === null ? await exchange.importFile({ filePath: bundle }) : await exchange.importStaged(token, {})
  const importMs = performance.now() - start
  trace('imported')
  clearInterval(timer)
  await database.close()
  const figures = {
    previewMs,
    importMs,
    agreements: preview?.rows.length ?? 0,
    refused: outcome.refused,
    created: outcome.created,
    documentsRecorded: outcome.documentsRecorded,
    signaturesRecorded: outcome.signaturesRecorded,
    peakRssMb: process.resourceUsage().maxRSS / 1024
  }
  writeSync(1, `${JSON.stringify(figures)}\n`)
}

main().catch((error: unknown) => {
  writeSync(2, `${String(error)}\n`)
  process.exit(3)
})

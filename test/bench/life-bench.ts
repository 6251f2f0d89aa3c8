import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { openDatabase } from '../../src-main/db/open-database'
import { createAppServices } from '../../src-main/services/app-services'
import { seedBulkAgreements } from '../../src-main/services/demo/demo-bulk-agreements'
import { seedDemoData } from '../../src-main/services/demo/demo.service'
import { medianMs, report } from './measure'

const AGREEMENTS = 10_000
const ROUNDS = 5

/**
 * After the signature on a large portfolio: the home lists (asked at each navigation for the menu's count), the
 * portfolio figures, the calendar export, the global search, and the start-up catch-up of due starts and ends.
 */
export async function benchLife(): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'alliance-life-bench-'))
  const file = join(folder, 'bench.sqlite')
  const opened = await openDatabase(file)
  try {
    const services = createAppServices({ db: opened.db, databasePath: file, version: 'bench' })
    await seedDemoData(opened.db, services)
    await seedBulkAgreements(opened.db, AGREEMENTS, new Date())
    const start = performance.now()
    const applied = await services.lifecycle.applyDue()
    report(`start-up catch-up of due starts and ends (${applied.length} changes)`, performance.now() - start)
    report(
      `home lists « À traiter », ${AGREEMENTS} agreements (median)`,
      await medianMs(ROUNDS, services.portfolio.home)
    )
    report('portfolio figures (median)', await medianMs(ROUNDS, services.portfolio.stats))
    report('calendar export as .ics text (median)', await medianMs(ROUNDS, () => services.calendar.ics()))
    report(
      'global search « banque » (median)',
      await medianMs(ROUNDS, () => services.portfolio.search('banque'))
    )
  } finally {
    await opened.close()
    rmSync(folder, { recursive: true, force: true })
  }
}

import { spawn } from 'node:child_process'
import { existsSync, rmSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { checkDatabaseFile } from '../../../src-main/db/database-health'
import { allRows, withRawFile } from '../../../src-main/db/sqlite-file'
import { seedDemoData } from '../../../src-main/services/demo/demo.service'
import { makeTempFolder, openTempDatabase } from '../../support/temp-database'
import { prebuildChild } from './support/prebuilt-child'

const TRIALS = 24

/** Runs the importer on a fresh database and kills it after `delayMs`; tells whether it acknowledged the import. */
function importUntilKilled(
  child: { file: string; env: NodeJS.ProcessEnv },
  file: string,
  bundle: string,
  delayMs: number
) {
  return new Promise<boolean>((resolvePromise, reject) => {
    const process = spawn('node', [child.file, file, bundle], {
      env: child.env,
      stdio: ['ignore', 'pipe', 'pipe']
    })
    let output = ''
    let stderr = ''
    process.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      output += chunk
      if (chunk.includes('ready')) setTimeout(() => process.kill('SIGKILL'), delayMs)
    })
    process.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    process.on('error', reject)
    process.on('exit', (_code, signal) =>
      signal === 'SIGKILL' ? resolvePromise(output.includes('imported')) : reject(new Error(stderr))
    )
  })
}

/**
 * Kill -9 during an import: the import is one transaction, so after the kill the database holds either none of the
 * bundle's agreements and documents or all of them (all of them when the import was acknowledged), and passes
 * integrity_check.
 */
describe('kill -9 while importing a bundle', () => {
  let folder: string
  let bundle: string
  let references: string[]
  let documentCount: number
  let child: Awaited<ReturnType<typeof prebuildChild>>
  beforeAll(async () => {
    folder = makeTempFolder('alliance-kill9-import-')
    const source = await openTempDatabase()
    await seedDemoData(source.db, source.services)
    // The conventions ready for signature get their Word file: the import records them in the same transaction.
    const ready = await source.services.agreements.search({ status: 'ready_for_signature', limit: 1000 })
    for (const row of ready.rows) await source.services.documents.generate({ agreementId: row.id })
    bundle = join(folder, 'paquet.zip')
    const exported = await source.services.exchange.export({ selection: { kind: 'all' }, filePath: bundle })
    documentCount = exported.documentCount
    expect(documentCount).toBeGreaterThan(0)
    references = (await source.services.agreements.search({ limit: 1000 })).rows.map((row) => row.reference)
    await source.dispose()
    child = await prebuildChild(resolve(import.meta.dirname, 'support/crash-importer.ts'), folder)
  })
  afterAll(() => rmSync(folder, { recursive: true, force: true }))

  it(`leaves all of a bundle or none of it, over ${TRIALS} kills`, async () => {
    const outcomes = { none: 0, all: 0, acknowledged: 0 }
    const failures: string[] = []
    for (let trial = 0; trial < TRIALS; trial += 1) {
      const file = join(folder, `import-${trial}.sqlite`)
      const acknowledged = await importUntilKilled(child, file, bundle, Math.random() * 300)
      if (acknowledged) outcomes.acknowledged += 1
      if (!existsSync(file)) continue
      const health = await checkDatabaseFile(file, 'full')
      if (!health.ok) failures.push(`trial ${trial}: ${health.problems.join(', ')}`)
      const rows = await withRawFile(file, 'read-only', (database) =>
        allRows<{ reference: string }>(database, 'select reference from agreements')
      )
      const present = rows.filter((row) => references.includes(row.reference)).length
      const [versions] = await withRawFile(file, 'read-only', (database) =>
        allRows<{ count: number }>(database, 'select count(*) as count from document_versions')
      )
      const documents = versions?.count ?? -1
      if (present === 0 && documents === 0 && !acknowledged) outcomes.none += 1
      else if (present === references.length && documents === documentCount) outcomes.all += 1
      else
        failures.push(
          `trial ${trial}: ${present} of ${references.length} agreements, ${documents} of ${documentCount} documents (acknowledged: ${acknowledged})`
        )
    }
    console.log(
      `kill -9 during import: ${TRIALS} kills, ${outcomes.none} with nothing, ${outcomes.all} with everything (${outcomes.acknowledged} acknowledged), ${failures.length} failures`
    )
    expect(failures).toEqual([])
    expect(outcomes.none + outcomes.all).toBe(TRIALS)
  }, 240_000)
})

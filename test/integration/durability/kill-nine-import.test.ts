import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs'
import { join, relative, resolve, sep } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { checkDatabaseFile } from '../../../src-main/db/database-health'
import { allRows, withRawFile } from '../../../src-main/db/sqlite-file'
import { openAtStartup } from '../../../src-main/services/backup/startup'
import { seedDemoData } from '../../../src-main/services/demo/demo.service'
import { signDemoAgreements } from '../../support/signed-demo'
import { makeTempFolder, openTempDatabase } from '../../support/temp-database'
import { prebuildChild } from './support/prebuilt-child'

const TRIALS = 12

/**
 * Runs the importer on a fresh database and kills it after `delayMs` (or as soon as it acknowledged, when no delay
 * is given); tells whether it acknowledged the import, and how long after `ready` it did.
 */
function importUntilKilled(
  child: { file: string; env: NodeJS.ProcessEnv },
  file: string,
  bundle: string,
  delayMs?: number
) {
  return new Promise<{ acknowledged: boolean; importMs: number }>((resolvePromise, reject) => {
    const process = spawn('node', [child.file, file, bundle], {
      env: child.env,
      stdio: ['ignore', 'pipe', 'pipe']
    })
    let output = ''
    let stderr = ''
    let readyAt = 0
    let importMs = Number.NaN
    process.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      output += chunk
      if (chunk.includes('ready')) {
        readyAt = Date.now()
        if (delayMs !== undefined) setTimeout(() => process.kill('SIGKILL'), delayMs)
      }
      if (chunk.includes('imported')) {
        importMs = Date.now() - readyAt
        if (delayMs === undefined) process.kill('SIGKILL')
      }
    })
    process.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    process.on('error', reject)
    process.on('exit', (_code, signal) =>
      signal === 'SIGKILL'
        ? resolvePromise({ acknowledged: output.includes('imported'), importMs })
        : reject(new Error(stderr))
    )
  })
}

/**
 * The next start of the app on a database killed during an import (a minute or more later, past the sweep's grace
 * for files another process may be writing): answers the document files no record points to, and the incoming
 * folders left, after the start-up sweep.
 */
async function leftoversAfterNextStart(file: string): Promise<{ orphans: string[]; incoming: string[] }> {
  const started = await openAtStartup({
    databasePath: file,
    backupsFolder: join(file, '..', 'backups'),
    now: () => new Date(Date.now() + 2 * 60_000)
  })
  if (started.kind !== 'ready') throw new Error(started.problems.join(', '))
  const documents = join(file, '..', 'documents')
  try {
    const versions = await started.database.db.selectFrom('document_versions').select('file_name').execute()
    const scans = await started.database.db
      .selectFrom('document_signatures')
      .select('scan_file_name')
      .execute()
    const recorded = new Set([
      ...versions.map((row) => row.file_name),
      ...scans.map((row) => row.scan_file_name)
    ])
    const files = existsSync(documents)
      ? readdirSync(documents, { recursive: true, withFileTypes: true })
          .filter((entry) => entry.isFile())
          .map((entry) => relative(documents, join(entry.parentPath, entry.name)).split(sep).join('/'))
      : []
    const incoming = join(documents, '.arrivees')
    return {
      orphans: files.filter((name) => !recorded.has(name) && !name.startsWith('.arrivees/')),
      incoming: existsSync(incoming) ? readdirSync(incoming) : []
    }
  } finally {
    await started.database.close()
  }
}

/**
 * Kill -9 during an import: the import is one transaction, so after the kill the database holds either none of the
 * bundle's agreements and documents or all of them (all of them when the import was acknowledged), and passes
 * integrity_check; at the next start, no document file without a record and no incoming folder survives.
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
    await signDemoAgreements(source.services)
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
  }, 120_000)
  afterAll(() => rmSync(folder, { recursive: true, force: true }))

  it(`leaves all of a bundle or none of it, over ${TRIALS} kills`, async () => {
    const outcomes = { none: 0, all: 0, acknowledged: 0 }
    const failures: string[] = []
    // One import left to finish tells how long an import takes here: the kills then fall all along it.
    mkdirSync(join(folder, 'mesure'))
    const { importMs } = await importUntilKilled(
      child,
      join(folder, 'mesure', 'alliance-conventions.sqlite'),
      bundle
    )
    expect(importMs).toBeGreaterThan(0)
    for (let trial = 0; trial < TRIALS; trial += 1) {
      mkdirSync(join(folder, `essai-${trial}`))
      const file = join(folder, `essai-${trial}`, 'alliance-conventions.sqlite')
      const { acknowledged } = await importUntilKilled(child, file, bundle, Math.random() * importMs * 1.2)
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
      const leftovers = await leftoversAfterNextStart(file)
      if (leftovers.orphans.length > 0 || leftovers.incoming.length > 0)
        failures.push(
          `trial ${trial}: left after the next start: ${[...leftovers.orphans, ...leftovers.incoming].join(', ')}`
        )
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

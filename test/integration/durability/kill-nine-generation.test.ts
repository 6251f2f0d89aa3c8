import { spawn } from 'node:child_process'
import { copyFileSync, cpSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs'
import { join, relative, resolve, sep } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { checkDatabaseFile } from '../../../src-main/db/database-health'
import { openAtStartup } from '../../../src-main/services/backup/startup'
import { seedDemoData } from '../../../src-main/services/demo/demo.service'
import { makeTempFolder, openTempDatabase } from '../../support/temp-database'
import { prebuildChild } from './support/prebuilt-child'

const TRIALS = 8

/**
 * Runs the generator on a copy of the prepared database and kills it `delayMs` after it said ready (or once it is
 * done, when no delay is given); answers the files it acknowledged and how long the whole run took.
 */
function generateUntilKilled(
  child: { file: string; env: NodeJS.ProcessEnv },
  file: string,
  ids: readonly number[],
  delayMs?: number
) {
  return new Promise<{ acknowledged: string[]; runMs: number }>((resolvePromise, reject) => {
    const process = spawn('node', [child.file, file, ...ids.map(String)], {
      env: child.env,
      stdio: ['ignore', 'pipe', 'pipe']
    })
    let buffered = ''
    let stderr = ''
    let readyAt = 0
    let runMs = Number.NaN
    const acknowledged: string[] = []
    process.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      buffered += chunk
      const lines = buffered.split('\n')
      buffered = lines.pop() ?? ''
      for (const line of lines) {
        if (line === 'ready') {
          readyAt = Date.now()
          if (delayMs !== undefined) setTimeout(() => process.kill('SIGKILL'), delayMs)
        } else if (line === 'done') {
          runMs = Date.now() - readyAt
          if (delayMs === undefined) process.kill('SIGKILL')
        } else if (line.startsWith('generated ')) acknowledged.push(line.slice('generated '.length))
      }
    })
    process.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    process.on('error', reject)
    process.on('exit', (_code, signal) =>
      signal === 'SIGKILL' ? resolvePromise({ acknowledged, runMs }) : reject(new Error(stderr))
    )
  })
}

/**
 * The next start of the app, past the sweep's grace for files another process may be writing: answers the files
 * under documents/ no record points to, and the recorded versions whose file is missing.
 */
async function afterNextStart(file: string): Promise<{ orphans: string[]; missing: string[] }> {
  const started = await openAtStartup({
    databasePath: file,
    backupsFolder: join(file, '..', 'backups'),
    now: () => new Date(Date.now() + 2 * 60_000)
  })
  if (started.kind !== 'ready') throw new Error(started.problems.join(', '))
  const documents = join(file, '..', 'documents')
  try {
    const recorded = (
      await started.database.db.selectFrom('document_versions').select('file_name').execute()
    ).map((row) => row.file_name)
    const files = existsSync(documents)
      ? readdirSync(documents, { recursive: true, withFileTypes: true })
          .filter((entry) => entry.isFile())
          .map((entry) => relative(documents, join(entry.parentPath, entry.name)).split(sep).join('/'))
      : []
    return {
      orphans: files.filter((name) => !recorded.includes(name)),
      missing: recorded.filter((name) => !files.includes(name))
    }
  } finally {
    await started.database.close()
  }
}

/**
 * Kill -9 while « Générer » is clicked twice on convention after convention: whatever the moment, the database
 * stays intact, every acknowledged version is recorded, every recorded version keeps its file, and at the next start
 * no file without a record survives (half-written, staged, or written but never recorded).
 */
describe('kill -9 while generating documents', () => {
  let folder: string
  let prepared: string
  let preparedDocuments: string
  let ids: number[]
  let child: Awaited<ReturnType<typeof prebuildChild>>
  beforeAll(async () => {
    folder = makeTempFolder('alliance-kill9-generation-')
    const source = await openTempDatabase()
    await seedDemoData(source.db, source.services)
    ids = (await source.services.agreements.search({ status: 'ready_for_signature', limit: 1000 })).rows.map(
      (row) => row.id
    )
    expect(ids.length).toBeGreaterThan(0)
    await source.close()
    prepared = join(folder, 'preparee.sqlite')
    copyFileSync(source.file, prepared)
    // The demo's signed amendment comes with its issued files: each copy of the database gets them too.
    preparedDocuments = join(folder, 'documents-prepares')
    cpSync(source.services.documents.folder, preparedDocuments, { recursive: true })
    await source.dispose()
    child = await prebuildChild(resolve(import.meta.dirname, 'support/crash-generator.ts'), folder)
  }, 120_000)
  afterAll(() => rmSync(folder, { recursive: true, force: true }))

  function freshCopy(name: string): string {
    mkdirSync(join(folder, name))
    const file = join(folder, name, 'alliance-conventions.sqlite')
    copyFileSync(prepared, file)
    cpSync(preparedDocuments, join(folder, name, 'documents'), { recursive: true })
    return file
  }

  it(`leaves no orphan and no version without its file, over ${TRIALS} kills`, async () => {
    // One run left to finish tells how long the generations take here: the kills then fall all along them.
    const { runMs, acknowledged: measured } = await generateUntilKilled(child, freshCopy('mesure'), ids)
    expect(measured.length).toBeGreaterThanOrEqual(ids.length)
    const failures: string[] = []
    let killedMidway = 0
    for (let trial = 0; trial < TRIALS; trial += 1) {
      const file = freshCopy(`essai-${trial}`)
      const { acknowledged } = await generateUntilKilled(child, file, ids, Math.random() * runMs)
      if (acknowledged.length < measured.length) killedMidway += 1
      const health = await checkDatabaseFile(file, 'full')
      if (!health.ok) failures.push(`trial ${trial}: ${health.problems.join(', ')}`)
      const { orphans, missing } = await afterNextStart(file)
      if (orphans.length > 0)
        failures.push(`trial ${trial}: orphans after the next start: ${orphans.join(', ')}`)
      if (missing.length > 0) failures.push(`trial ${trial}: recorded without a file: ${missing.join(', ')}`)
      const lost = acknowledged.filter((name) => !existsSync(join(file, '..', 'documents', name)))
      if (lost.length > 0) failures.push(`trial ${trial}: acknowledged then lost: ${lost.join(', ')}`)
    }
    console.log(
      `kill -9 during generation: ${TRIALS} kills (${killedMidway} mid-way, ${measured.length} files in a full run of ${runMs} ms), ${failures.length} failures`
    )
    expect(failures).toEqual([])
    expect(killedMidway).toBeGreaterThan(0)
  }, 300_000)
})

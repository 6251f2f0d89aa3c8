import { spawn } from 'node:child_process'
import { rmSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { MIGRATIONS } from '../../../src-main/db/migrations'
import { openDatabase } from '../../../src-main/db/open-database'
import { allRows, withRawFile } from '../../../src-main/db/sqlite-file'
import { backupsFolderFor, listBackups } from '../../../src-main/services/backup/backup.service'
import { openAtStartup } from '../../../src-main/services/backup/startup'
import { makeTempFolder } from '../../support/temp-database'
import { prebuildChild } from './support/prebuilt-child'

async function schemaOf(file: string): Promise<{ version: number; objects: string[] }> {
  return withRawFile(file, 'read-only', async (database) => {
    const [row] = await allRows<{ user_version: number }>(database, 'pragma user_version')
    const objects = await allRows<{ sql: string | null; name: string }>(
      database,
      "select name, sql from sqlite_master where name not like 'sqlite_%' order by name"
    )
    return {
      version: row?.user_version ?? 0,
      objects: objects.map((object) => `${object.name}: ${object.sql ?? ''}`)
    }
  })
}

/** Kill -9 inside each migration's transaction: the schema is the previous one, whole, and the app starts. */
describe('kill -9 during each migration step', () => {
  let folder: string
  let child: Awaited<ReturnType<typeof prebuildChild>>
  beforeAll(async () => {
    folder = makeTempFolder('alliance-kill9-migrations-')
    child = await prebuildChild(resolve(import.meta.dirname, 'support/crash-migrator.ts'), folder)
  })
  afterAll(() => rmSync(folder, { recursive: true, force: true }))

  it.each(MIGRATIONS.map((migration, index) => [index + 1, migration.name] as const))(
    'migration %i (%s)',
    async (step) => {
      const file = join(folder, `step-${step}.sqlite`)
      const reference = join(folder, `reference-${step}.sqlite`)
      if (step > 1) await (await openDatabase(file, { migrations: MIGRATIONS.slice(0, step - 1) })).close()
      await (await openDatabase(reference, { migrations: MIGRATIONS.slice(0, step - 1) })).close()

      const signal = await new Promise<NodeJS.Signals | null>((done, fail) => {
        const process = spawn('node', [child.file, file, String(step)], { env: child.env, stdio: 'ignore' })
        process.on('error', fail)
        process.on('exit', (_code, exitSignal) => done(exitSignal))
      })
      expect(signal).toBe('SIGKILL')

      // Neither half of the new schema nor a version bump survived: exactly the previous schema.
      expect(await schemaOf(file)).toEqual(await schemaOf(reference))

      const started = await openAtStartup({ databasePath: file, backupsFolder: backupsFolderFor(file) })
      expect(started.kind).toBe('ready')
      if (started.kind !== 'ready') return
      expect(started.database.migration).toEqual({ fromVersion: step - 1, toVersion: MIGRATIONS.length })
      await started.database.close()
      const reasons = (await listBackups(backupsFolderFor(file))).map((backup) => backup.reason)
      if (step > 1) expect(reasons).toContain('pre-migration')
    }
  )
})

import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openDatabase } from '../../../src-main/db/open-database'
import { createAppServices } from '../../../src-main/services/app-services'
import { importedDocumentPath } from '../../../src-main/services/exchange/import-documents'
import type { BundleManifest } from '../../../src-main/shared/exchange/bundle-manifest.schema'
import { databaseFingerprint } from '../../support/database-fingerprint'
import { openTempDatabase, type TempDatabase } from '../../support/temp-database'
import { readZip, seedWithInjection, sha256 } from './exchange-fixtures'

/** Every file a record points to exists with its recorded fingerprint, and no file is left that nothing records. */
async function expectFilesMatchRecords(database: TempDatabase): Promise<void> {
  const folder = join(database.folder, 'documents')
  const versions = await database.db.selectFrom('document_versions').select(['file_name', 'sha256']).execute()
  const scans = await database.db
    .selectFrom('document_signatures')
    .select(['scan_file_name as file_name', 'scan_sha256 as sha256'])
    .where('scan_file_name', 'is not', null)
    .execute()
  for (const row of [...versions, ...scans])
    expect(sha256(readFileSync(join(folder, row.file_name as string))), row.file_name as string).toBe(
      row.sha256
    )
  const recorded = new Set([...versions, ...scans].map((row) => row.file_name))
  const onDisk = existsSync(folder)
    ? readdirSync(folder, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) =>
          join(entry.parentPath, entry.name)
            .slice(folder.length + 1)
            .split('\\')
            .join('/')
        )
    : []
  expect(onDisk.filter((name) => !recorded.has(name))).toEqual([])
  expect(existsSync(join(folder, '.arrivees')) ? readdirSync(join(folder, '.arrivees')) : []).toEqual([])
}

describe('imports under concurrency: nothing lost, nothing left behind', () => {
  let source: TempDatabase
  let bundle: string
  let manifest: BundleManifest
  beforeAll(async () => {
    source = await openTempDatabase()
    await seedWithInjection(source)
    const ready = await source.services.agreements.search({ status: 'ready_for_signature', limit: 100 })
    for (const row of ready.rows) await source.services.documents.generate({ agreementId: row.id })
    bundle = join(source.folder, 'paquet.zip')
    await source.services.exchange.export({ selection: { kind: 'all' }, filePath: bundle })
    manifest = JSON.parse(
      ((await readZip(bundle)).get('manifest.json') as Buffer).toString('utf8')
    ) as BundleManifest
    expect(manifest.documents.length).toBeGreaterThan(10)
  }, 120_000)
  afterAll(async () => {
    await source.dispose()
  })

  it('a double click on « Importer »: the staged copy is imported once, the second call is refused', async () => {
    const target = await openTempDatabase()
    try {
      const token = await target.services.exchange.stageFile(bundle)
      await target.services.exchange.previewStaged(token)
      const [first, second] = await Promise.allSettled([
        target.services.exchange.importStaged(token, {}),
        target.services.exchange.importStaged(token, {})
      ])
      expect(first).toMatchObject({ status: 'fulfilled', value: { created: manifest.agreements.length } })
      expect(second).toMatchObject({
        status: 'rejected',
        reason: { message: "L'import de ce fichier d'échange est déjà en cours." }
      })
      // Once imported, the staged copy is gone and its token is spent.
      await expect(target.services.exchange.importStaged(token, {})).rejects.toMatchObject({
        code: 'NOT_FOUND'
      })
      await expectFilesMatchRecords(target)
    } finally {
      await target.dispose()
    }
  })

  it('two imports of different files in one window: the second waits for no one, it is refused at once', async () => {
    const target = await openTempDatabase()
    try {
      const [first, second] = await Promise.allSettled([
        target.services.exchange.importFile({ filePath: bundle }),
        target.services.exchange.importFile({ filePath: bundle })
      ])
      expect(first.status).toBe('fulfilled')
      expect(second).toMatchObject({
        status: 'rejected',
        reason: { message: expect.stringMatching(/^Un import est déjà en cours/) }
      })
      await expectFilesMatchRecords(target)
    } finally {
      await target.dispose()
    }
  })

  it('the app and the CLI import the same bundle at once: every recorded version keeps its file, backups do not collide', async () => {
    const target = await openTempDatabase()
    const cli = await openDatabase(target.file)
    try {
      const cliServices = createAppServices({ db: cli.db, databasePath: target.file, version: 'cli' })
      const outcomes = await Promise.all([
        target.services.exchange.importFile({ filePath: bundle }),
        cliServices.exchange.importFile({ filePath: bundle })
      ])
      // One of them wrote everything; the other, planning inside its own transaction, found it all there.
      expect(outcomes.map((outcome) => outcome.created).sort()).toEqual([0, manifest.agreements.length])
      expect(outcomes.reduce((sum, outcome) => sum + outcome.documentsRecorded, 0)).toBe(
        manifest.documents.length
      )
      await expectFilesMatchRecords(target)
      const backups = await target.services.backups.list()
      expect(new Set(backups.map((backup) => backup.name)).size).toBe(backups.length)
    } finally {
      await cli.close()
      await target.dispose()
    }
  })

  it('a failed pre-import backup leaves no document behind', async () => {
    const target = await openTempDatabase()
    try {
      const failing = createAppServices({ db: target.db, databasePath: target.file, version: 't' })
      // The backups folder is a file: the backup cannot be written.
      writeFileSync(failing.backups.folder, 'pas un dossier')
      const before = await databaseFingerprint(target.db)
      await expect(failing.exchange.importFile({ filePath: bundle })).rejects.toMatchObject({
        message: expect.not.stringMatching(/ENOTDIR|EEXIST|Error/)
      })
      expect(await databaseFingerprint(target.db)).toEqual(before)
      await expectFilesMatchRecords(target)
    } finally {
      await target.dispose()
    }
  })

  it('a failed import removes only the files it created: one already there is not its own', async () => {
    const target = await openTempDatabase()
    try {
      const folder = join(target.folder, 'documents')
      const [someone] = manifest.documents
      if (!someone) throw new Error('no document')
      const theirs = importedDocumentPath(folder, someone)
      mkdirSync(join(theirs, '..'), { recursive: true })
      const zip = await readZip(bundle)
      writeFileSync(theirs, zip.get(someone.path) as Buffer)
      // The import fails inside its transaction, after the files are in place.
      await sql`create trigger refuse_received before insert on received_bundles begin select raise(abort, 'refused'); end`.execute(
        target.db
      )
      await expect(target.services.exchange.importFile({ filePath: bundle })).rejects.toBeDefined()
      expect(existsSync(theirs)).toBe(true)
      const placed = manifest.documents.filter((document) => document !== someone)
      expect(placed.filter((document) => existsSync(importedDocumentPath(folder, document)))).toEqual([])
      expect(await target.db.selectFrom('document_versions').select('id').execute()).toEqual([])
    } finally {
      await target.dispose()
    }
  })
})

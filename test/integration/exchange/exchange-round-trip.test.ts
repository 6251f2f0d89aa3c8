import { execFileSync } from 'node:child_process'
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import Papa from 'papaparse'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createExchangeService } from '../../../src-main/services/exchange/exchange.service'
import type { DocumentSource } from '../../../src-main/services/exchange/document-source'
import { importedDocumentPath } from '../../../src-main/services/exchange/import-documents'
import type { BundleManifest } from '../../../src-main/shared/exchange/bundle-manifest.schema'
import { databaseFingerprint } from '../../support/database-fingerprint'
import { makeTempFolder, openTempDatabase, type TempDatabase } from '../../support/temp-database'
import { expectImportWritesNothing, readZip, seedWithInjection, sha256, writeZip } from './exchange-fixtures'
import { EXPORTING_COORDINATOR } from '../../support/agreement-fixtures'

/**
 * Documents the way the documents service records them: a file, its SHA-256 and size — a signed one for each
 * agreement past the draft and for each signed amendment, as the real source ships them.
 */
function fakeDocuments(folder: string, source: TempDatabase): DocumentSource {
  const signedFile = (agreementId: number, name: string, amendmentNumber: number | null) => {
    const filePath = join(folder, `${name}.docx`)
    const data = Buffer.from(`PK convention ${name} signée`)
    writeFileSync(filePath, data)
    return {
      agreementId,
      amendmentNumber,
      kind: 'signed' as const,
      version: 2,
      filePath,
      sha256: sha256(data),
      size: data.length,
      createdAt: '2026-11-28T10:00:00.000Z'
    }
  }
  return {
    async latestForExport(ids) {
      const rows = await source.db
        .selectFrom('agreements')
        .select(['id', 'reference', 'status'])
        .where('id', 'in', [...ids])
        .execute()
      const amendments = await source.db
        .selectFrom('agreement_amendments')
        .innerJoin('agreements', 'agreements.id', 'agreement_amendments.agreement_id')
        .select(['agreements.id', 'agreements.reference', 'agreement_amendments.number'])
        .where('agreement_amendments.status', '=', 'signed')
        .where('agreements.id', 'in', [...ids])
        .execute()
      return [
        ...rows.filter((row) => row.status !== 'draft').map((row) => signedFile(row.id, row.reference, null)),
        ...amendments.map((row) => signedFile(row.id, `${row.reference}-A${row.number}`, row.number))
      ]
    }
  }
}

describe('export bundle and round trip', () => {
  let folder: string
  let source: TempDatabase
  let bundlePath: string
  let files: Map<string, Buffer>
  let manifest: BundleManifest
  const progress: Array<{ done: number; total: number }> = []

  const exchangeOf = (database: TempDatabase, withDocuments = false) =>
    createExchangeService({
      db: database.db,
      settings: database.services.settings,
      documentsFolder: join(database.folder, 'documents'),
      backupBeforeImport: () => database.services.backups.create('pre-import'),
      ...(withDocuments ? { documents: fakeDocuments(folder, database) } : {})
    })

  beforeAll(async () => {
    folder = makeTempFolder('alliance-exchange-')
    source = await openTempDatabase()
    await seedWithInjection(source)
    await source.services.settings.update({ coordinator: EXPORTING_COORDINATOR })
    bundlePath = join(folder, 'bundle.zip')
    await exchangeOf(source, true).export({
      selection: { kind: 'all' },
      filePath: bundlePath,
      onProgress: (value) => progress.push(value)
    })
    files = await readZip(bundlePath)
    manifest = JSON.parse(files.get('manifest.json')?.toString('utf8') ?? '') as BundleManifest
  }, 60_000)
  afterAll(async () => {
    await source.dispose()
    rmSync(folder, { recursive: true, force: true })
  })

  it('writes a manifest naming the coordinator, every file with its fingerprint, and reports progress', async () => {
    expect(manifest).toMatchObject({
      format: 'alliance-conventions-bundle',
      version: 1,
      exportedBy: { name: 'Claire Dubois', region: 'Nouvelle-Aquitaine' }
    })
    expect(manifest.agreements).toHaveLength(15)
    expect(manifest.documents.length).toBeGreaterThan(5)
    for (const file of [...manifest.files, ...manifest.documents])
      expect(sha256(files.get(file.path) ?? '')).toBe(file.sha256)
    const last = progress.at(-1)
    expect(last?.done).toBe(last?.total)
    expect(progress.length).toBeGreaterThan(2)
    const [first] = manifest.agreements
    const history = await source.services.agreements.history(
      (await source.services.agreements.search({ search: first?.reference })).rows[0]?.id ?? 0
    )
    expect(history.at(-1)?.summary).toMatch(/^Exportée dans un fichier d'échange/)
  })

  it('anonymised exports leave contacts out', async () => {
    const path = join(folder, 'anonyme.zip')
    await exchangeOf(source).export({ selection: { kind: 'all' }, filePath: path, anonymised: true })
    const text = (await readZip(path)).get('manifest.json')?.toString('utf8') ?? ''
    expect(text).not.toContain('Camille Martin')
    expect(text).not.toContain('camille@example.org')
    expect(text).not.toContain('Bernard Lafitte')
  })

  it('imports into an empty database: same agreements, terms and fingerprints; documents verify; twice changes nothing', async () => {
    const target = await openTempDatabase()
    try {
      const exchange = exchangeOf(target)
      const preview = await exchange.preview(bundlePath)
      expect(preview.counts).toMatchObject({ new: 15, conflict: 0 })
      const outcome = await exchange.importFile({ filePath: bundlePath })
      expect(outcome).toMatchObject({ created: 15, documentsRecorded: manifest.documents.length })
      expect(outcome.backupName).toMatch(/pre-import/)

      const page = async (database: TempDatabase) =>
        (await database.services.agreements.search({ sort: 'reference', limit: 100 })).rows.map((row) => ({
          reference: row.reference,
          status: row.status,
          title: row.title,
          partner: row.partnerName,
          startDate: row.startDate
        }))
      expect(await page(target)).toEqual(await page(source))
      const again = JSON.parse(
        (await readZip(await reexport(target))).get('manifest.json')?.toString('utf8') ?? ''
      ) as BundleManifest
      expect(again.agreements.map((item) => [item.reference, item.contentHash, item.content.terms])).toEqual(
        manifest.agreements.map((item) => [item.reference, item.contentHash, item.content.terms])
      )
      for (const document of manifest.documents) {
        expect(sha256(readFileSync(importedDocumentPath(join(target.folder, 'documents'), document)))).toBe(
          document.sha256
        )
      }

      await expectImportWritesNothing(target, bundlePath, (filePath) => exchange.importFile({ filePath }))

      // The reference counter moved past the imported references: the next agreement drafted here gets a new one.
      const [need] = await target.services.needs.list({})
      const [partner] = await target.services.partners.list({})
      const drafted = await target.services.agreements.create({
        needId: need?.id ?? 0,
        partnerId: partner?.id ?? 0,
        type: 'patronage'
      })
      const prefix = drafted.agreement.reference.slice(0, -4)
      const imported = manifest.agreements
        .map((item) => item.reference)
        .filter((reference) => reference.startsWith(prefix))
      expect(imported.length).toBeGreaterThan(0)
      expect(drafted.agreement.reference > (imported.sort().at(-1) ?? '')).toBe(true)
    } finally {
      await target.dispose()
    }

    async function reexport(database: TempDatabase): Promise<string> {
      const path = join(folder, 'reexport.zip')
      await exchangeOf(database).export({ selection: { kind: 'all' }, filePath: path })
      return path
    }
  })

  it('refuses a document whose fingerprint does not match, and writes nothing', async () => {
    const [document] = manifest.documents
    if (!document) throw new Error('no document')
    const entries = [...files].map(([name, data]) => ({
      name,
      data: name === document.path ? Buffer.from('faux document') : data
    }))
    const path = join(folder, 'tampered.zip')
    writeFileSync(path, await writeZip(entries))
    const target = await openTempDatabase()
    try {
      const before = await databaseFingerprint(target.db)
      await expect(exchangeOf(target).importFile({ filePath: path })).rejects.toMatchObject({
        code: 'BUNDLE_REFUSED',
        message: expect.stringContaining(`l'empreinte du fichier « ${document.path} » ne correspond pas`)
      })
      expect(await databaseFingerprint(target.db)).toEqual(before)
      expect(readdirSync(target.folder)).not.toContain('documents')
    } finally {
      await target.dispose()
    }
  })

  it('CSV: semicolons, UTF-8 BOM, French headers and amounts, the injected partner inert', () => {
    const bytes = files.get('synthese.csv') ?? Buffer.alloc(0)
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const parsed = Papa.parse<string[]>(bytes.toString('utf8').slice(1), {
      delimiter: ';',
      skipEmptyLines: true
    })
    const [headers, ...rows] = parsed.data
    expect(headers).toEqual([
      'Référence',
      'Intitulé',
      'Partenaire',
      'SIRET',
      'Type de partenariat',
      "Domaines d'action",
      'Statut',
      'Date de début',
      'Date de fin',
      'Montant (€)',
      'Comités de suivi tenus',
      'Dernier comité',
      'Atteinte des indicateurs (%)',
      'Bilan final'
    ])
    expect(rows).toHaveLength(15)
    expect(rows.map((row) => row[2])).toContain(`'=HYPERLINK("x")`)
    expect(rows.flat().some((cell) => /^[=+\-@\t\r]/.test(cell))).toBe(false)
    expect(rows.map((row) => row[9])).toContain('15 000,00')
    expect(rows.some((row) => /^\d{2}\/\d{2}\/\d{4}$/.test(row[7] ?? ''))).toBe(true)
  })

  it('XLSX: typed cells, dates as dates, amounts as numbers with a euro format; LibreOffice reads it inert', async () => {
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(files.get('synthese.xlsx') as unknown as ArrayBuffer)
    const sheet = workbook.getWorksheet('Synthèse')
    if (!sheet) throw new Error('no sheet')
    expect(sheet.rowCount).toBe(16)
    const values = sheet.getSheetValues().slice(2) as unknown[][]
    const donation = values.find((row) => row[10] === 15000)
    expect(donation?.[8]).toBeInstanceOf(Date)
    expect(sheet.getColumn(10).numFmt).toContain('€')
    expect(values.some((row) => row[3] === `'=HYPERLINK("x")`)).toBe(true)

    const out = makeTempFolder('alliance-soffice-')
    try {
      const xlsx = join(out, 'synthese.xlsx')
      writeFileSync(xlsx, files.get('synthese.xlsx') ?? Buffer.alloc(0))
      execFileSync(
        'soffice',
        [
          `-env:UserInstallation=file://${out}/profile`,
          '--headless',
          '--convert-to',
          'csv:Text - txt - csv (StarCalc):59,34,76',
          '--outdir',
          out,
          xlsx
        ],
        { stdio: 'ignore', timeout: 60_000 }
      )
      const text = readFileSync(join(out, 'synthese.csv'), 'utf8')
      expect(text).toContain(`'=HYPERLINK(""x"")`)
      expect(text).toMatch(/AD-2026-33-0001;/)

      const csv = join(out, 'import.csv')
      writeFileSync(csv, files.get('synthese.csv') ?? Buffer.alloc(0))
      execFileSync(
        'soffice',
        [
          `-env:UserInstallation=file://${out}/profile`,
          '--headless',
          '--infilter=CSV:59,34,76',
          '--convert-to',
          'pdf',
          '--outdir',
          out,
          csv
        ],
        { stdio: 'ignore', timeout: 60_000 }
      )
      const pdfText = execFileSync('pdftotext', ['-layout', join(out, 'import.pdf'), '-'], {
        encoding: 'utf8'
      })
      expect(pdfText).toContain('=HYPERLINK("x")')
      expect(pdfText).toContain('Banque alimentaire de la Gironde')
    } finally {
      rmSync(out, { recursive: true, force: true })
    }
  }, 90_000)
})

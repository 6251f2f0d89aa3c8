import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createHash, randomBytes } from 'node:crypto'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { openDatabase } from '../../src-main/db/open-database'
import { createAppServices } from '../../src-main/services/app-services'
import { seedDemoData } from '../../src-main/services/demo/demo.service'
import { seedBulkAgreements } from '../../src-main/services/demo/demo-bulk-agreements'
import type { DocumentSource } from '../../src-main/services/exchange/document-source'
import { createExchangeService } from '../../src-main/services/exchange/exchange.service'
import { peakMemoryMb, report } from './measure'

const AGREEMENTS = 1_500
const DOCUMENT_BYTES = 40 * 1024

/** Export then import of 1,500 agreements, each with a signed document of 40 KiB (time, peak memory). */
export async function runExchangeBench(): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'alliance-bench-exchange-'))
  try {
    const sourceFile = join(folder, 'source.sqlite')
    const source = await openDatabase(sourceFile)
    const sourceServices = createAppServices({ db: source.db, databasePath: sourceFile, version: 'bench' })
    const now = new Date('2026-11-28T10:00:00Z')
    await seedDemoData(source.db, sourceServices, now)
    await seedBulkAgreements(source.db, AGREEMENTS - 14, now)
    // Incompressible bytes, like a real DOCX, written once and shared: what matters is reading and hashing them.
    const data = randomBytes(DOCUMENT_BYTES)
    const documentPath = join(folder, 'document.docx')
    writeFileSync(documentPath, data)
    const sha256 = createHash('sha256').update(data).digest('hex')
    const documents: DocumentSource = {
      latestForExport: async (ids) =>
        ids.map((agreementId) => ({
          agreementId,
          amendmentNumber: null,
          kind: 'signed' as const,
          version: 1,
          filePath: documentPath,
          sha256,
          size: data.length,
          createdAt: now.toISOString()
        }))
    }
    const exporter = createExchangeService({
      db: source.db,
      settings: sourceServices.settings,
      documentsFolder: join(folder, 'documents-source'),
      documents
    })
    const bundle = join(folder, 'bundle.zip')
    let start = performance.now()
    const outcome = await exporter.export({ selection: { kind: 'all' }, filePath: bundle })
    report(
      `exchange: export ${outcome.agreementCount} agreements + ${outcome.documentCount} documents`,
      performance.now() - start
    )
    report('exchange: bundle size', outcome.sizeBytes / (1024 * 1024), 'MiB')
    report('exchange: peak memory after export (RSS)', peakMemoryMb(), 'MiB')
    await source.close()

    const targetFile = join(folder, 'target.sqlite')
    const target = await openDatabase(targetFile)
    const targetServices = createAppServices({ db: target.db, databasePath: targetFile, version: 'bench' })
    start = performance.now()
    await targetServices.exchange.preview(bundle)
    report('exchange: check and preview into an empty database', performance.now() - start)
    start = performance.now()
    const imported = await targetServices.exchange.importFile({ filePath: bundle })
    report(`exchange: import (${imported.created} created, backup first)`, performance.now() - start)
    start = performance.now()
    await targetServices.exchange.importFile({ filePath: bundle })
    report('exchange: import of the same bundle again (nothing written)', performance.now() - start)
    report('exchange: peak memory after import (RSS)', peakMemoryMb(), 'MiB')
    await target.close()
  } finally {
    rmSync(folder, { recursive: true, force: true })
  }
}

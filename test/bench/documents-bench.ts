import { mkdtempSync, rmSync } from 'node:fs'
import { performance } from 'node:perf_hooks'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { unzipSync, zipSync } from 'fflate'
import { openDatabase } from '../../src-main/db/open-database'
import { createAppServices } from '../../src-main/services/app-services'
import { seedBulkAgreements } from '../../src-main/services/demo/demo-bulk-agreements'
import { buildModel, packDocx, textSha256 } from '../../src-main/services/documents/document-issuer'
import { readDocument } from '../../src-main/services/documents/document-files'
import { zipArchive, zipEntry } from '../../src-main/services/documents/docx/zip-writer'
import { readyAgreement } from '../support/document-fixtures'
import { medianMs, report } from './measure'

export interface DocumentsBenchFigures {
  /** Model built, DOCX rendered and packed in memory: what one generation costs before the disk. */
  generateMedianMs: number
  /** The same, through the service: file written atomically (fsync) and version recorded. */
  serviceGenerateMedianMs: number
  /** The same document's XML parts zipped directly with fflate: the floor of any DOCX writer. */
  zipFloorMedianMs: number
  /** The same parts deflated by Node's zlib, as the writer does (the writer also reuses the shared ones). */
  nativeFloorMedianMs: number
  /** generate / floor. */
  overFloorRatio: number
  bulkCount: number
  bulkSeconds: number
  bulkPeakHeapMb: number
  bulkPeakRssMb: number
}

const ROUNDS = 30
/** Rounds run first and not counted, the same for the generation and its floor. */
const WARMUP = 10

/** Prints the documents figures: one full convention, its zip floor, and 1,500 conventions in bulk. */
export async function benchDocuments(bulkCount = 1500): Promise<DocumentsBenchFigures> {
  const folder = mkdtempSync(join(tmpdir(), 'alliance-bench-documents-'))
  const file = join(folder, 'bench.sqlite')
  const opened = await openDatabase(file)
  try {
    const services = createAppServices({ db: opened.db, databasePath: file, version: 'bench' })
    const agreement = await readyAgreement(services, 'patronage')
    const documents = services.documents
    const request = {
      ...(await documents.internal.target({ agreementId: agreement.id })),
      kind: 'for_signature' as const,
      version: 1
    }

    const generateMedianMs = await medianMs(
      ROUNDS,
      async () => packDocx(buildModel(request, textSha256).model, 'bench'),
      WARMUP
    )
    const serviceGenerateMedianMs = await medianMs(
      ROUNDS,
      () => documents.generate({ agreementId: agreement.id }),
      WARMUP
    )
    const latest = (await documents.list(agreement.id)).versions.at(-1)
    const parts = unzipSync(await readDocument(documents.folder, latest?.fileName ?? ''))
    const zipFloorMedianMs = await medianMs(ROUNDS, async () => zipSync(parts, { level: 6 }), WARMUP)
    // The writer deflates with Node's zlib (native) and reuses the shared parts compressed once: the same parts
    // deflated natively, each time, is the floor it must be read against as well.
    const nativeFloorMedianMs = await medianMs(
      ROUNDS,
      async () => zipArchive(Object.entries(parts).map(([name, data]) => zipEntry(name, data))),
      WARMUP
    )
    const overFloorRatio = generateMedianMs / zipFloorMedianMs
    report('documents: one full convention (model + DOCX, in memory), median', generateMedianMs)
    report('documents: same through the service (atomic file + record), median', serviceGenerateMedianMs)
    report('documents: its XML parts zipped directly (floor), median', zipFloorMedianMs)
    report('documents: generation / floor', overFloorRatio, '×')
    report('documents: the same parts deflated by Node zlib (native floor)', nativeFloorMedianMs)
    report('documents: generation / native floor', generateMedianMs / nativeFloorMedianMs, '×')

    await seedBulkAgreements(opened.db, bulkCount, new Date())
    const ids = (
      await opened.db.selectFrom('agreements').select('id').orderBy('id', 'desc').limit(bulkCount).execute()
    ).map((row) => row.id)
    let peakHeap = process.memoryUsage().heapUsed
    const started = performance.now()
    await documents.generateMany(ids, () => {
      peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed)
    })
    const bulkSeconds = (performance.now() - started) / 1000
    const bulkPeakRssMb = process.resourceUsage().maxRSS / 1024
    report(`documents: ${ids.length} conventions in bulk, worker threads (files + records)`, bulkSeconds, 's')
    report('documents: bulk, peak heap', peakHeap / 1024 / 1024, 'MB')
    report('documents: bulk, peak RSS of the process so far', bulkPeakRssMb, 'MB')
    return {
      generateMedianMs,
      serviceGenerateMedianMs,
      zipFloorMedianMs,
      nativeFloorMedianMs,
      overFloorRatio,
      bulkCount: ids.length,
      bulkSeconds,
      bulkPeakHeapMb: peakHeap / 1024 / 1024,
      bulkPeakRssMb
    }
  } finally {
    await opened.close()
    rmSync(folder, { recursive: true, force: true })
  }
}

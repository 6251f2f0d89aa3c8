import { spawnSync } from 'node:child_process'
import { randomBytes, randomUUID } from 'node:crypto'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { performance } from 'node:perf_hooks'
import { openDatabase } from '../../src-main/db/open-database'
import type { AppDatabase } from '../../src-main/db/schema'
import { createAppServices } from '../../src-main/services/app-services'
import { seedDemoData } from '../../src-main/services/demo/demo.service'
import { seedBulkAgreements } from '../../src-main/services/demo/demo-bulk-agreements'
import { sha256 } from '../../src-main/services/documents/document-files'
import { signDemoAgreements } from '../support/signed-demo'
import { prebuildChild } from '../integration/durability/support/prebuilt-child'
import { peakMemoryMb, report } from './measure'

const AGREEMENTS = 6_000
const DOCUMENT_BYTES = 40 * 1024
/** The import's peak memory, whatever the number of documents. */
const PEAK_RSS_BUDGET_MB = 400

/**
 * Each agreement gets a signed Word file of 40 KiB (incompressible, like a real DOCX) and, once past signature, the
 * two signatures on it: what a real register exports. Written directly, as the bulk agreements are.
 */
async function recordSignedFiles(db: AppDatabase, documentsFolder: string, at: string): Promise<void> {
  const data = randomBytes(DOCUMENT_BYTES)
  mkdirSync(join(documentsFolder, 'banc'), { recursive: true })
  writeFileSync(join(documentsFolder, 'banc', 'convention.docx'), data)
  const fingerprint = sha256(data)
  const agreements = await db.selectFrom('agreements').select(['id', 'status']).execute()
  const signedOnes = new Set(['signed', 'active', 'ended', 'terminated'])
  await db.transaction().execute(async (trx) => {
    for (const agreement of agreements) {
      const already = await trx
        .selectFrom('document_versions')
        .select('id')
        .where('agreement_id', '=', agreement.id)
        .executeTakeFirst()
      if (already || agreement.status === 'draft') continue
      const { id } = await trx
        .insertInto('document_versions')
        .values({
          agreement_id: agreement.id,
          amendment_id: null,
          version: 1,
          kind: signedOnes.has(agreement.status) ? 'signed' : 'for_signature',
          format: 'docx',
          file_name: 'banc/convention.docx',
          sha256: fingerprint,
          size_bytes: data.length,
          document_id: randomUUID(),
          content_fingerprint: '',
          created_at: at,
          imported_from: null,
          issued_by: null
        })
        .returning('id')
        .executeTakeFirstOrThrow()
      if (!signedOnes.has(agreement.status)) continue
      for (const party of ['la-poste', 'partner'] as const)
        await trx
          .insertInto('document_signatures')
          .values({
            agreement_id: agreement.id,
            amendment_id: null,
            version_id: id,
            party,
            signer_name: party === 'la-poste' ? 'Claire Martin' : 'Bernard Lafitte',
            signer_title: '',
            signed_at: at,
            place: 'Bordeaux',
            method: 'drawn',
            document_sha256: fingerprint,
            image_png: Buffer.from([0x89, 0x50]),
            scan_file_name: null,
            scan_sha256: null,
            created_at: at,
            imported_from: null
          })
          .execute()
    }
  })
}

/**
 * A terminated agreement says when, why and who decided, as a termination here records it (and as an import
 * requires): the bulk rows are given one, effective on their start date.
 */
async function recordTerminations(db: AppDatabase, at: string): Promise<void> {
  const terminated = await db
    .selectFrom('agreements')
    .leftJoin('agreement_terminations', 'agreement_terminations.agreement_id', 'agreements.id')
    .select(['agreements.id', 'agreements.start_date'])
    .where('agreements.status', '=', 'terminated')
    .where('agreement_terminations.agreement_id', 'is', null)
    .execute()
  await db.transaction().execute(async (trx) => {
    for (const agreement of terminated)
      if (agreement.start_date !== null)
        await trx
          .insertInto('agreement_terminations')
          .values({
            agreement_id: agreement.id,
            effective_date: agreement.start_date,
            reason: 'Fin du financement du projet',
            decided_by: 'mutual',
            recorded_at: at
          })
          .execute()
  })
}

/**
 * Export of 6,000 agreements with their signed files, then their import into a new database in a process of its
 * own: time, and the import's peak memory, which must stay within 400 MB (documents are streamed to disk).
 */
export async function runExchangeBench(): Promise<void> {
  const folder = "/tmp/xbench"; rmSync(folder,{recursive:true,force:true}); mkdirSync(folder)
  try {
    const sourceFile = join(folder, 'source', 'alliance-conventions.sqlite')
    mkdirSync(join(folder, 'source'))
    const source = await openDatabase(sourceFile)
    const services = createAppServices({ db: source.db, databasePath: sourceFile, version: 'bench' })
    const now = new Date('2026-11-28T10:00:00Z')
    await seedDemoData(source.db, services, now)
    await signDemoAgreements(services)
    await seedBulkAgreements(source.db, AGREEMENTS - 14, now)
    await recordSignedFiles(source.db, services.documents.folder, now.toISOString())
    await recordTerminations(source.db, now.toISOString())
    const bundle = join(folder, 'bundle.zip')
    const start = performance.now()
    const outcome = await services.exchange.export({ selection: { kind: 'all' }, filePath: bundle })
    report(
      `exchange: export ${outcome.agreementCount} agreements + ${outcome.documentCount} documents`,
      performance.now() - start
    )
    report('exchange: bundle size', outcome.sizeBytes / (1024 * 1024), 'MiB')
    report('exchange: peak memory of the exporting process (RSS)', peakMemoryMb(), 'MiB')
    await source.close()

    const child = await prebuildChild(resolve(import.meta.dirname, 'exchange-import-child.ts'), folder)
    for (const mode of (process.env['MODES'] ?? 'staged,direct').split(',') as Array<'staged'|'direct'>) {
      const target = join(folder, `target-${mode}`)
      mkdirSync(target)
      const run = spawnSync(
        'node',
        [
          ...(process.env['BENCH_TRACE'] ? ['--expose-gc'] : []),
          child.file,
          join(target, 'alliance-conventions.sqlite'),
          bundle,
          mode
        ],
        { env: child.env, encoding: 'utf8', maxBuffer: 1024 * 1024 }
      )
      if (run.status !== 0) throw new Error(`the import child failed: ${run.stderr}`)
      if (process.env['BENCH_TRACE']) console.log(run.stderr)
      const figures = JSON.parse(run.stdout) as Record<string, number>
      const how = mode === 'staged' ? 'app: staged, previewed, imported' : 'CLI: imported from its path'
      if (mode === 'staged')
        report(
          `exchange (${how}): check and preview (${figures['agreements']} agreements, ${figures['refused']} refused)`,
          figures['previewMs'] ?? 0
        )
      report(
        `exchange (${how}): import (${figures['created']} created, ${figures['documentsRecorded']} documents)`,
        figures['importMs'] ?? 0
      )
      const peak = figures['peakRssMb'] ?? Number.POSITIVE_INFINITY
      report(`exchange (${how}): peak memory of the process (RSS, budget ${PEAK_RSS_BUDGET_MB})`, peak, 'MiB')
      if (peak > PEAK_RSS_BUDGET_MB)
        console.log(`exchange: OVER BUDGET — the import peaked at ${peak.toFixed(0)} MiB`)
      rmSync(target, { recursive: true, force: true })
    }
  } finally {
    void 0
  }
}
void runExchangeBench()

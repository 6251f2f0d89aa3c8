import { mkdtempSync, rmSync } from 'node:fs'
import { performance } from 'node:perf_hooks'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { sql } from 'kysely'
import { openDatabase } from '../../src-main/db/open-database'
import type { AppDatabase } from '../../src-main/db/schema'
import { createAppServices } from '../../src-main/services/app-services'
import { seedBulkAgreements } from '../../src-main/services/demo/demo-bulk-agreements'
import { seedDemoData } from '../../src-main/services/demo/demo.service'
import { foldForSearch } from '../../src-main/shared/validation/search-text'
import { medianMs, report } from './measure'

export interface AgreementsBenchFigures {
  agreements: number
  ftsSearchMedianMs: number
  likeScanMedianMs: number
  /** How many times faster FTS5 is than the LIKE scan, same queries, same run. */
  likeOverFtsRatio: number
  openDraftMedianMs: number
  autosaveMedianMs: number
}

const SEARCHES = [
  'banque',
  'relais poste',
  'numérique landes',
  'bayonne',
  'recyclerie mobilier',
  'convention 4242'
]
const ROUNDS = 10

/** A task that runs the next search of the list at each call, so medians cover every kind of query. */
function cycling(run: (text: string) => Promise<unknown>): () => Promise<unknown> {
  let next = 0
  return () => run(SEARCHES[next++ % SEARCHES.length] as string)
}

/**
 * The register without the full-text index: every word must appear somewhere in reference, title, partner, need or
 * communes (case and accents folded in SQL is not possible with LIKE, so lower() only), count plus the first page.
 */
async function likeScan(db: AppDatabase, text: string): Promise<number> {
  const words = foldForSearch(text).split(' ').filter(Boolean)
  const haystack = sql`lower(a.reference || ' ' || a.title || ' ' || coalesce(p.name, '') || ' ' || coalesce(n.title, '') || ' ' ||
    coalesce(p.commune, '') || ' ' || coalesce((select group_concat(c.commune_name, ' ') from need_communes c where c.need_id = a.need_id), ''))`
  const where = sql.join(
    words.map((word) => sql`${haystack} like ${`%${word}%`}`),
    sql` and `
  )
  const from = sql`from agreements a left join partners p on p.id = a.partner_id left join local_needs n on n.id = a.need_id where ${where}`
  const [count] = (await sql<{ total: number }>`select count(*) as total ${from}`.execute(db)).rows
  await sql`select a.id, a.reference, a.title, p.name ${from} order by a.updated_at desc limit 100`.execute(
    db
  )
  return count?.total ?? 0
}

/** Seeds 10,000 agreements in a temp database and prints search, open and autosave medians. */
export async function benchAgreements(count = 10_000): Promise<AgreementsBenchFigures> {
  const folder = mkdtempSync(join(tmpdir(), 'alliance-bench-'))
  const file = join(folder, 'bench.sqlite')
  const opened = await openDatabase(file)
  try {
    const services = createAppServices({ db: opened.db, databasePath: file, version: 'bench' })
    const seedStarted = performance.now()
    await seedDemoData(opened.db, services)
    const { total } = await services.agreements.search({ limit: 1 })
    await seedBulkAgreements(opened.db, count - total, new Date())
    const seedTime = performance.now() - seedStarted
    report(`agreements: seed ${count} agreements (demo --agreements)`, seedTime / 1000, 's')

    const ftsSearchMedianMs = await medianMs(
      ROUNDS * SEARCHES.length,
      cycling((text) => services.agreements.search({ search: text, limit: 100 }))
    )
    const likeScanMedianMs = await medianMs(
      ROUNDS * SEARCHES.length,
      cycling((text) => likeScan(opened.db, text))
    )
    const draft = (await services.agreements.search({ status: 'draft', limit: 1 })).rows[0]
    if (!draft) throw new Error('No draft to bench.')
    let round = 0
    const figures: AgreementsBenchFigures = {
      agreements: count,
      ftsSearchMedianMs,
      likeScanMedianMs,
      likeOverFtsRatio: likeScanMedianMs / ftsSearchMedianMs,
      openDraftMedianMs: await medianMs(31, () => services.agreements.get(draft.id)),
      autosaveMedianMs: await medianMs(31, () =>
        services.agreements.saveDraft({
          id: draft.id,
          step: 5,
          changes: { laPosteCommitments: [`Engagement révisé n° ${round++}`] }
        })
      )
    }
    report(
      `agreements: search over ${count} (FTS5, count + first 100 rows), median`,
      figures.ftsSearchMedianMs
    )
    report('agreements: same searches as a plain LIKE scan, median', figures.likeScanMedianMs)
    report('agreements: LIKE scan / FTS5 search ratio', figures.likeOverFtsRatio, '×')
    report('agreements: open a draft (agreements.get), median', figures.openDraftMedianMs)
    report('agreements: one autosave (agreements.saveDraft), median', figures.autosaveMedianMs)
    return figures
  } finally {
    await opened.close()
    rmSync(folder, { recursive: true, force: true })
  }
}

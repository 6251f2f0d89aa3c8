import { existsSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { BundleManifest } from '../../../src-main/shared/exchange/bundle-manifest.schema'
import type { ImportPreview } from '../../../src-main/shared/domain/exchange'
import { runCliCaptured, type CliRun } from '../../support/cli'
import { fileSha256, readZip } from '../exchange/exchange-fixtures'
import { openDatabase } from '../../../src-main/db/open-database'
import { createAppServices } from '../../../src-main/services/app-services'
import { makeTempFolder } from '../../support/temp-database'

/** `exchange export` and `exchange import` as the README documents them, with their exit codes. */
describe('CLI: exchange export and import', () => {
  let folder: string
  let source: string
  let exportAll: CliRun
  const cli = (db: string, ...args: string[]) => runCliCaptured(['--db', db, ...args])
  const manifestOf = async (bundle: string) =>
    JSON.parse(((await readZip(bundle)).get('manifest.json') as Buffer).toString('utf8')) as BundleManifest
  const titleOf = async (db: string, reference: string) => {
    const { out } = await cli(db, 'agreements', 'list', '--json', '--search', reference)
    return (JSON.parse(out) as Array<{ reference: string; title: string }>).find(
      (row) => row.reference === reference
    )?.title
  }

  beforeAll(async () => {
    folder = makeTempFolder('alliance-exchange-cli-')
    source = join(folder, 'source.sqlite')
    expect((await cli(source, 'demo')).code).toBe(0)
    // A signed agreement travels with its signatures: the demo's get sample ones, as a coordinator's would.
    expect(
      (await cli(source, 'documents', 'generate', '--all', '--signed', '--out', join(folder, 'word'))).code
    ).toBe(0)
    // Every test below starts from this bundle of all the demo agreements.
    exportAll = await cli(source, 'exchange', 'export', '--out', join(folder, 'tout.zip'))
  }, 60_000)
  afterAll(() => rmSync(folder, { recursive: true, force: true }))

  it('exports one head network, or a period of start dates, and says how much it wrote', async () => {
    expect(exportAll).toMatchObject({
      code: 0,
      out: expect.stringMatching(/^\d+ convention\(s\) et \d+ document\(s\) exportés dans .*tout\.zip/)
    })
    const everything = await manifestOf(join(folder, 'tout.zip'))

    expect(
      (await cli(source, 'exchange', 'export', '--out', join(folder, 'admr.zip'), '--network', 'admr')).code
    ).toBe(0)
    const admr = await manifestOf(join(folder, 'admr.zip'))
    expect(admr.agreements.length).toBeGreaterThan(0)
    expect(admr.agreements.length).toBeLessThan(everything.agreements.length)
    const partners = new Map(admr.partners.map((partner) => [partner.key, partner]))
    for (const agreement of admr.agreements)
      expect(partners.get(agreement.partnerKey ?? '')?.headNetwork).toMatch(/ADMR/)

    const starts = everything.agreements
      .map((agreement) => agreement.content.startDate)
      .filter((date): date is string => date !== null)
      .sort()
    const from = starts[Math.floor(starts.length / 2)] as string
    expect(
      (await cli(source, 'exchange', 'export', '--out', join(folder, 'periode.zip'), '--from', from)).code
    ).toBe(0)
    const period = await manifestOf(join(folder, 'periode.zip'))
    expect(period.agreements.length).toBe(starts.filter((date) => date >= from).length)
    expect(period.agreements.every((agreement) => (agreement.content.startDate ?? '') >= from)).toBe(true)
  })

  it('--dry-run prints the preview as JSON and writes nothing; the import then creates every agreement', async () => {
    const bundle = join(folder, 'tout.zip')
    const target = join(folder, 'cible.sqlite')
    expect((await cli(target, 'partners', 'list')).code).toBe(0)
    const before = fileSha256(target)
    const dryRun = await cli(target, 'exchange', 'import', bundle, '--dry-run')
    expect(dryRun.code).toBe(0)
    const preview = JSON.parse(dryRun.out) as ImportPreview
    const count = (await manifestOf(bundle)).agreements.length
    expect(preview.counts).toMatchObject({ new: count, conflict: 0 })
    expect(preview.rows).toHaveLength(count)
    expect(fileSha256(target)).toBe(before)

    const imported = await cli(target, 'exchange', 'import', bundle)
    expect(imported).toMatchObject({
      code: 0,
      out: expect.stringContaining(`Import terminé : ${count} créée(s)`)
    })
    expect(imported.out).toMatch(/Sauvegarde préalable : /)
    const again = await cli(target, 'exchange', 'import', bundle)
    expect(again).toMatchObject({ code: 0, out: expect.stringContaining(`0 créée(s), 0 mise(s) à jour`) })
  })

  it('a conflict stops the import until --on-conflict settles it: keep mine, or take theirs', async () => {
    const mine = join(folder, 'mine.sqlite')
    expect((await cli(mine, 'exchange', 'import', join(folder, 'tout.zip'))).code).toBe(0)
    const [draft] = (await manifestOf(join(folder, 'tout.zip'))).agreements.filter(
      (item) => item.status === 'draft'
    )
    if (!draft) throw new Error('the demo has no draft')
    // Both sides retitle the same draft, through the same services the app uses.
    for (const [db, title] of [
      [source, 'Titre de la tête de réseau'],
      [mine, 'Titre local']
    ] as const) {
      const opened = await openDatabase(db)
      const services = createAppServices({ db: opened.db, databasePath: db, version: 'test' })
      const row = (await services.agreements.search({ search: draft.reference })).rows[0]
      await services.agreements.saveDraft({ id: row?.id ?? 0, changes: { title } })
      await opened.close()
    }
    const bundle = join(folder, 'second.zip')
    expect((await cli(source, 'exchange', 'export', '--out', bundle)).code).toBe(0)

    const unresolved = await cli(mine, 'exchange', 'import', bundle)
    expect(unresolved.code).toBe(1)
    expect(unresolved.err).toContain(draft.reference)
    expect(await titleOf(mine, draft.reference)).toBe('Titre local')

    expect((await cli(mine, 'exchange', 'import', bundle, '--on-conflict', 'keep')).code).toBe(0)
    expect(await titleOf(mine, draft.reference)).toBe('Titre local')
    const theirs = join(folder, 'theirs.sqlite')
    expect((await cli(theirs, 'exchange', 'import', join(folder, 'tout.zip'))).code).toBe(0)
    expect((await cli(theirs, 'exchange', 'import', bundle, '--on-conflict', 'take')).code).toBe(0)
    expect(await titleOf(theirs, draft.reference)).toBe('Titre de la tête de réseau')
  })

  it('bad usage exits 2 with a message, before any bundle is written', async () => {
    const target = join(folder, 'usage.sqlite')
    for (const args of [
      ['exchange'],
      ['exchange', 'send'],
      ['exchange', 'export'],
      ['exchange', 'export', '--out', join(folder, 'x.zip'), '--from', '2026-13-45'],
      ['exchange', 'export', '--out', join(folder, 'x.zip'), '--network', 'ADMR', '--from', '2026-01-01'],
      ['exchange', 'import'],
      ['exchange', 'import', join(folder, 'tout.zip'), '--on-conflict', 'maybe']
    ]) {
      const run = await cli(target, ...args)
      expect(run.code, args.join(' ')).toBe(2)
      expect(run.err.trim()).not.toBe('')
    }
    expect(existsSync(join(folder, 'x.zip'))).toBe(false)
  })
})

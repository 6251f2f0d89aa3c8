import { rmSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openDatabase } from '../../../src-main/db/open-database'
import { createAppServices, type AppServices } from '../../../src-main/services/app-services'
import { seedDemoData } from '../../../src-main/services/demo/demo.service'
import { makeTempFolder } from '../../support/temp-database'

/** Two installations exchange a bundle, then both edit the same draft: the next import must show a conflict. */
describe('import conflicts', () => {
  let folder: string
  const closers: Array<() => Promise<void>> = []
  let mine: AppServices
  let theirsBundle: string
  let reference: string
  let draftId: number

  async function openWithDb(name: string) {
    const file = join(folder, name)
    const opened = await openDatabase(file)
    closers.push(() => opened.close())
    return {
      db: opened.db,
      services: createAppServices({ db: opened.db, databasePath: file, version: 'test' })
    }
  }
  const open = async (name: string): Promise<AppServices> => (await openWithDb(name)).services

  beforeAll(async () => {
    folder = makeTempFolder('alliance-conflicts-')
    const seeded = await openWithDb('theirs.sqlite')
    const theirs = seeded.services
    await seedDemoData(seeded.db, theirs, new Date('2026-11-28T10:00:00Z'))
    const first = join(folder, 'first.zip')
    await theirs.exchange.export({ selection: { kind: 'all' }, filePath: first })
    mine = await open('mine.sqlite')
    await mine.exchange.importFile({ filePath: first })

    const draft = (await theirs.agreements.search({ status: 'draft', sort: 'reference' })).rows[0]
    if (!draft) throw new Error('no draft')
    reference = draft.reference
    await theirs.agreements.saveDraft({
      id: draft.id,
      changes: { title: 'Titre changé par la tête de réseau' }
    })
    const local = (await mine.agreements.search({ search: reference })).rows[0]
    if (!local) throw new Error('not imported')
    draftId = local.id
    await mine.agreements.saveDraft({ id: draftId, changes: { title: 'Titre changé localement' } })
    theirsBundle = join(folder, 'second.zip')
    await theirs.exchange.export({ selection: { kind: 'all' }, filePath: theirsBundle })
  }, 60_000)
  afterAll(async () => {
    for (const close of closers.reverse()) await close()
    rmSync(folder, { recursive: true, force: true })
  })

  it('the preview shows the conflict with what differs, the others identical', async () => {
    const preview = await mine.exchange.preview(theirsBundle)
    const conflict = preview.rows.find((row) => row.reference === reference)
    expect(conflict).toMatchObject({ category: 'conflict', differences: ['intitulé'] })
    expect(preview.counts.conflict).toBe(1)
    expect(preview.counts.identical).toBe(preview.rows.length - 1)
    await expect(mine.exchange.importFile({ filePath: theirsBundle })).rejects.toMatchObject({
      code: 'VALIDATION'
    })
  })

  it('take theirs: their title, a history line; keep mine: my title, and a re-import changes nothing', async () => {
    // A second coordinator in the same situation, to try the other choice.
    const other = await open('other.sqlite')
    await other.exchange.importFile({ filePath: join(folder, 'first.zip') })
    await other.agreements.saveDraft({ id: draftId, changes: { title: 'Titre changé localement' } })

    const taken = await mine.exchange.importFile({ filePath: theirsBundle, choices: { [reference]: 'take' } })
    expect(taken).toMatchObject({ updated: 1, kept: 0 })
    expect((await mine.agreements.get(draftId)).agreement.title).toBe('Titre changé par la tête de réseau')
    expect((await mine.agreements.history(draftId)).at(-1)?.summary).toMatch(
      /^Conflit résolu en prenant la version du fichier d'échange/
    )

    const kept = await other.exchange.importFile({ filePath: theirsBundle, defaultChoice: 'keep' })
    expect(kept).toMatchObject({ updated: 0, kept: 1 })
    expect((await other.agreements.get(draftId)).agreement.title).toBe('Titre changé localement')
    const again = await other.exchange.preview(theirsBundle)
    expect(again.rows.find((row) => row.reference === reference)?.category).toBe('outdated')
  })
})

import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createHandlers } from '../../../src-main/ipc/handlers'
import { reportingExports } from '../../../src-main/main/recent-exports-tracking'
import { RECENT_EXPORTS_FILE_NAME, RecentExports } from '../../../src-main/services/desktop/recent-exports'
import { dispatch } from '../../../src-main/ipc/dispatch'
import { readyAgreement } from '../../support/document-fixtures'
import { makeTempFolder, openTempDatabase } from '../../support/temp-database'

describe('recent exports of the File menu', () => {
  let folder: string
  beforeEach(() => {
    folder = makeTempFolder('alliance-recents-')
  })
  afterEach(() => rmSync(folder, { recursive: true, force: true }))

  it('lists the latest exports first, each once, at most eight, and finds them again at the next start', async () => {
    let clock = Date.parse('2026-11-28T09:00:00Z')
    const recents = RecentExports.inDataFolder(folder, () => new Date((clock += 60_000)))
    expect(await recents.load()).toEqual([])
    for (let index = 1; index <= 10; index += 1)
      await recents.add(`C:\\Users\\Camille\\Documents\\export-${index}.zip`)
    await recents.add('C:\\Users\\Camille\\Documents\\export-5.zip')
    const names = (await RecentExports.inDataFolder(folder).load()).map((entry) =>
      entry.path.split('\\').at(-1)
    )
    expect(names).toEqual([
      'export-5.zip',
      'export-10.zip',
      'export-9.zip',
      'export-8.zip',
      'export-7.zip',
      'export-6.zip',
      'export-4.zip',
      'export-3.zip'
    ])
  })

  it('keeps both of two exports finishing together, and leaves no temporary file', async () => {
    const recents = RecentExports.inDataFolder(folder)
    await recents.load()
    await Promise.all([recents.add('/home/camille/a.zip'), recents.add('/home/camille/b.pdf')])
    const saved = JSON.parse(readFileSync(join(folder, RECENT_EXPORTS_FILE_NAME), 'utf8')) as Array<{
      path: string
    }>
    expect(saved.map((entry) => entry.path)).toEqual(['/home/camille/b.pdf', '/home/camille/a.zip'])
    expect(readdirSync(folder)).toEqual([RECENT_EXPORTS_FILE_NAME])
  })

  it('reads a damaged or edited file as an empty list, and a failed write does not stop the next one', async () => {
    writeFileSync(join(folder, RECENT_EXPORTS_FILE_NAME), '[{"path": 42}')
    const recents = RecentExports.inDataFolder(folder)
    expect(await recents.load()).toEqual([])
    const unwritable = new RecentExports(join(folder, 'absent', 'recents.json'))
    await expect(unwritable.add('/tmp/a.zip')).rejects.toThrow()
    expect(unwritable.list().map((entry) => entry.path)).toEqual(['/tmp/a.zip'])
  })

  it('records what the export channels wrote, and nothing for a cancelled dialog', async () => {
    const database = await openTempDatabase()
    try {
      let chosen: string | null = join(folder, 'copie.docx')
      const exported: string[] = []
      const handlers = reportingExports(
        createHandlers(database.services, {
          chooseSavePath: async () => chosen,
          chooseOpenPath: async () => null
        }),
        (path) => exported.push(path)
      )
      const agreement = await readyAgreement(database.services, 'patronage')
      const version = await database.services.documents.generate({ agreementId: agreement.id })
      await dispatch(handlers, 'documents:saveAs', { versionId: version.id })
      chosen = join(folder, 'echange.zip')
      await dispatch(handlers, 'exchange:export', { selection: { kind: 'all' }, anonymised: false })
      chosen = null
      await dispatch(handlers, 'exchange:export', { selection: { kind: 'all' }, anonymised: false })
      expect(exported).toEqual([join(folder, 'copie.docx'), join(folder, 'echange.zip')])
    } finally {
      await database.dispose()
    }
  })
})

import { readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import Papa from 'papaparse'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openDatabase } from '../../../src-main/db/open-database'
import { dispatch } from '../../../src-main/ipc/dispatch'
import { createHandlers } from '../../../src-main/ipc/handlers'
import { createAppServices, type AppServices } from '../../../src-main/services/app-services'
import { bundleManifestSchema } from '../../../src-main/shared/exchange/bundle-manifest.schema'
import { readZip } from '../exchange/exchange-fixtures'
import { servicesAt, signedAgreement } from '../../support/life-fixtures'
import { makeTempFolder, openTempDatabase, type TempDatabase } from '../../support/temp-database'

const csvRows = (bytes: Buffer) =>
  Papa.parse<string[]>(bytes.toString('utf8').slice(1), { delimiter: ';', skipEmptyLines: true }).data

describe('follow-up in exchange bundles, and received bundles in conflict on the home page', () => {
  let database: TempDatabase
  let clock: AppServices
  let folder: string
  let reference = ''
  beforeAll(async () => {
    database = await openTempDatabase()
    folder = makeTempFolder('alliance-follow-up-exchange-')
    const agreement = await signedAgreement(database.services, 'social-innovation')
    reference = agreement.reference
    clock = servicesAt(database, '2030-09-01')
    await clock.lifecycle.applyDue()
    await clock.followUp.saveMeeting({
      agreementId: agreement.id,
      heldOn: '2030-06-15',
      attendees: ['Claire Martin', 'Bernard Lafitte'],
      decisions: 'Deux ateliers de plus.'
    })
    await clock.followUp.recordResults({
      agreementId: agreement.id,
      periodNumber: 1,
      results: [{ indicatorIndex: 0, value: 90, comment: 'À mi-parcours' }]
    })
    await clock.followUp.saveEvaluation({
      agreementId: agreement.id,
      writtenOn: '2030-09-01',
      outcome: 'partly-met',
      recommendation: 'adapt',
      summary: 'Public atteint aux trois quarts.'
    })
  }, 60_000)
  afterAll(async () => {
    await database.dispose()
    rmSync(folder, { recursive: true, force: true })
  })

  async function exported(anonymised: boolean) {
    const file = join(folder, `${anonymised ? 'anonyme' : 'complet'}.zip`)
    await clock.exchange.export({ selection: { kind: 'all' }, filePath: file, anonymised })
    const files = await readZip(file)
    const manifest = bundleManifestSchema.parse(
      JSON.parse((files.get('manifest.json') ?? Buffer.alloc(0)).toString('utf8'))
    )
    return { file, files, manifest }
  }

  it('carries committees, results and the final evaluation in the manifest and the summaries', async () => {
    const { files, manifest } = await exported(false)
    const followUp = manifest.agreements.find((agreement) => agreement.reference === reference)?.followUp
    expect(followUp).toEqual({
      termination: null,
      meetings: [
        {
          heldOn: '2030-06-15',
          attendees: ['Claire Martin', 'Bernard Lafitte'],
          decisions: 'Deux ateliers de plus.',
          minutesSha256: null
        }
      ],
      results: [
        expect.objectContaining({ indicatorLabel: 'Personnes accompagnées', target: 120, value: 90 })
      ],
      evaluation: expect.objectContaining({ outcome: 'partly-met', recommendation: 'adapt' })
    })
    const [headers, row] = csvRows(files.get('synthese.csv') ?? Buffer.alloc(0))
    expect(headers?.slice(-4)).toEqual([
      'Comités de suivi tenus',
      'Dernier comité',
      'Atteinte des indicateurs (%)',
      'Bilan final'
    ])
    expect(row?.slice(-4)).toEqual(['1', '15/06/2030', '75', 'Objectifs partiellement atteints'])
  })

  it('names no one in an anonymised bundle, and another installation imports it', async () => {
    const { file, manifest } = await exported(true)
    const meetings = manifest.agreements.flatMap((agreement) => agreement.followUp?.meetings ?? [])
    expect(meetings.map((meeting) => meeting.attendees)).toEqual([[]])
    expect(readFileSync(file).includes(Buffer.from('Bernard Lafitte'))).toBe(false)
    const other = await openTempDatabase()
    try {
      const outcome = await other.services.exchange.importFile({ filePath: file })
      expect(outcome.created).toBe(1)
    } finally {
      await other.dispose()
    }
  })

  it('lists a received bundle previewed with conflicts until it is imported', async () => {
    const theirsFile = join(folder, 'theirs.sqlite')
    const opened = await openDatabase(theirsFile)
    try {
      const theirs = createAppServices({ db: opened.db, databasePath: theirsFile, version: 'test' })
      const mine = database.services
      const { need, partner } = await (async () => {
        const needs = await mine.needs.list()
        const partners = await mine.partners.list()
        return { need: needs[0], partner: partners[0] }
      })()
      const draft = await mine.agreements.create({ needId: need?.id ?? 0, partnerId: partner?.id ?? 0 })
      const first = join(folder, 'first.zip')
      await mine.exchange.export({ selection: { kind: 'ids', ids: [draft.agreement.id] }, filePath: first })
      await theirs.exchange.importFile({ filePath: first })
      const theirDraft = (await theirs.agreements.search({ search: draft.agreement.reference })).rows[0]
      await theirs.agreements.saveDraft({ id: theirDraft?.id ?? 0, changes: { title: 'Leur titre' } })
      await mine.agreements.saveDraft({ id: draft.agreement.id, changes: { title: 'Mon titre' } })
      const second = join(folder, 'second.zip')
      await theirs.exchange.export({ selection: { kind: 'all' }, filePath: second })

      const handlers = createHandlers(mine)
      const staged = await dispatch(handlers, 'exchange:previewImport', {
        name: 'C:\\Users\\claire\\Téléchargements\\lot-reseau.zip',
        dataBase64: readFileSync(second).toString('base64')
      })
      expect(staged).toMatchObject({ ok: true })
      const conflicts = async () =>
        (await mine.portfolio.home()).lists.find((list) => list.kind === 'conflicts')?.items ?? []
      expect(await conflicts()).toEqual([
        expect.objectContaining({
          reference: 'lot-reseau.zip',
          title: 'Reçu d’un autre poste',
          detail: '1 convention en conflit : rouvrir le fichier dans Échanges et choisir la version à garder.'
        })
      ])
      // The app restarts: the staged copy is gone, the reminder stays until the file is imported.
      const restarted = createAppServices({
        db: database.db,
        databasePath: join(database.folder, 'alliance-conventions.sqlite'),
        version: 'test'
      })
      const afterRestart = async () =>
        (await restarted.portfolio.home()).lists.find((list) => list.kind === 'conflicts')?.items ?? []
      expect(await afterRestart()).toEqual(await conflicts())
      expect(await afterRestart()).toHaveLength(1)
      const reopened = await dispatch(createHandlers(restarted), 'exchange:previewImport', {
        name: 'lot-reseau.zip',
        dataBase64: readFileSync(second).toString('base64')
      })
      const token = reopened.ok ? (reopened.value as { token: string }).token : ''
      await dispatch(createHandlers(restarted), 'exchange:import', {
        token,
        choices: { [draft.agreement.reference]: 'keep' }
      })
      expect(await afterRestart()).toEqual([])
      expect(await conflicts()).toEqual([])
    } finally {
      await opened.close()
    }
  })
})

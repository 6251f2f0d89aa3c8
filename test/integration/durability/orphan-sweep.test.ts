import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, utimesSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { sweepOrphans } from '../../../src-main/services/backup/orphan-sweep'
import { openAtStartup } from '../../../src-main/services/backup/startup'
import { makeTempFolder, openTempDatabase, type TempDatabase } from '../../support/temp-database'
import { readyAgreement } from '../../support/document-fixtures'
import { servicesAt, signedAgreement } from '../../support/life-fixtures'

/** A process id that is certainly not running any more. */
function deadPid(): number {
  return Number(spawnSync('node', ['-e', 'process.stdout.write(String(process.pid))']).stdout.toString())
}

const oneHourAgo = () => new Date(Date.now() - 60 * 60 * 1000)

function oldFile(path: string, content = 'x'): string {
  mkdirSync(join(path, '..'), { recursive: true })
  writeFileSync(path, content)
  utimesSync(path, oneHourAgo(), oneHourAgo())
  return path
}

describe('start-up sweep of what interrupted calls left behind', () => {
  let database: TempDatabase
  let documents: string
  let temp: string
  beforeEach(async () => {
    database = await openTempDatabase()
    documents = join(database.folder, 'documents')
    temp = makeTempFolder('alliance-sweep-tmp-')
  })
  afterEach(async () => {
    await database.dispose()
  })

  it('removes unrecorded document files, keeps recorded ones, young ones and the user’s own files', async () => {
    const agreement = await readyAgreement(database.services, 'patronage')
    const version = await database.services.documents.generate({ agreementId: agreement.id })
    const recorded = join(documents, version.fileName)
    utimesSync(recorded, oneHourAgo(), oneHourAgo())
    const orphan = oldFile(join(documents, agreement.reference, 'AD-orphelin-v9-signed.docx'))
    const importedOrphan = oldFile(
      join(documents, 'imports', 'AD-2026-33-0099', 'signed-v1-0123456789abcdef.docx')
    )
    const young = join(documents, agreement.reference, 'en-cours-d-ecriture.docx')
    writeFileSync(young, 'x')
    const users = oldFile(join(documents, 'mes notes.txt'))

    const outcome = await sweepOrphans(database.db, { documentsFolder: documents, tempFolder: temp })
    expect(outcome.orphanDocuments).toBe(2)
    expect([recorded, young, users].every((path) => existsSync(path))).toBe(true)
    expect([orphan, importedOrphan].some((path) => existsSync(path))).toBe(false)
  })

  it('keeps the termination letters and committee minutes other services recorded under the same folders', async () => {
    const agreement = await signedAgreement(database.services)
    const later = servicesAt(database, '2030-03-01')
    await later.lifecycle.applyDue()
    await later.lifecycle.terminate({
      id: agreement.id,
      date: '2030-05-31',
      reason: 'Fin du financement du projet',
      decidedBy: 'mutual'
    })
    const letter = join(documents, (await later.lifecycle.letters.issue(agreement.id)).fileName)
    const { meetings } = await later.followUp.saveMeeting({
      agreementId: agreement.id,
      heldOn: '2030-02-10',
      attendees: ['Claire Martin'],
      decisions: ''
    })
    const pdf = Buffer.from('%PDF-1.4\n% compte rendu\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n')
    const attached = await later.followUp.minutes.attach({
      meetingId: meetings[0]?.id ?? 0,
      fileName: 'cr.pdf',
      dataBase64: pdf.toString('base64')
    })
    const minutes = join(documents, attached.minutes?.storedName ?? '')
    for (const path of [letter, minutes]) utimesSync(path, oneHourAgo(), oneHourAgo())

    const outcome = await sweepOrphans(database.db, { documentsFolder: documents, tempFolder: temp })
    expect(outcome.orphanDocuments).toBe(0)
    expect(existsSync(letter)).toBe(true)
    expect(existsSync(minutes)).toBe(true)
  })

  it('removes the incoming folders and staged bundles of processes gone, keeps those of running ones', async () => {
    const gone = deadPid()
    const incomingGone = join(documents, '.arrivees', `${gone}-abc`)
    const incomingMine = join(documents, '.arrivees', `${process.pid}-def`)
    oldFile(join(incomingGone, '0.docx'))
    oldFile(join(incomingMine, '0.docx'))
    const stagedGone = join(temp, `alliance-exchange-${gone}-XyZ123`)
    const stagedMine = join(temp, `alliance-exchange-${process.pid}-AbC456`)
    const stagedOldFormat = join(temp, 'alliance-exchange-QwErTy')
    oldFile(join(stagedGone, 'jeton.zip'))
    oldFile(join(stagedMine, 'jeton.zip'))
    oldFile(join(stagedOldFormat, 'jeton.zip'))
    utimesSync(stagedOldFormat, new Date(Date.now() - 2 * 86_400_000), new Date(Date.now() - 2 * 86_400_000))
    const otherApp = oldFile(join(temp, 'autre-programme', 'fichier'))

    const outcome = await sweepOrphans(database.db, { documentsFolder: documents, tempFolder: temp })
    expect(outcome).toMatchObject({ incomingFolders: 1, stagedBundles: 2 })
    expect(existsSync(incomingGone)).toBe(false)
    expect(existsSync(incomingMine)).toBe(true)
    expect(existsSync(stagedGone)).toBe(false)
    expect(existsSync(stagedOldFormat)).toBe(false)
    expect(existsSync(stagedMine)).toBe(true)
    expect(existsSync(otherApp)).toBe(true)
  })

  it('runs at start-up and creates the installation’s signing key the first time', async () => {
    const orphan = oldFile(join(documents, 'AD-2026-33-0001', 'orphelin.docx'))
    await database.close()
    const started = await openAtStartup({
      databasePath: database.file,
      backupsFolder: join(database.folder, 'backups')
    })
    if (started.kind !== 'ready') throw new Error('not started')
    try {
      expect(existsSync(orphan)).toBe(false)
      const keys = await started.database.db.selectFrom('installation_key').selectAll().execute()
      expect(keys).toHaveLength(1)
      expect(keys[0]?.public_key).toHaveLength(32)
    } finally {
      await started.database.close()
      database = { ...database, close: async () => undefined }
    }
  })
})

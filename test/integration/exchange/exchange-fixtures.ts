import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import yauzl from 'yauzl'
import yazl from 'yazl'
import { seedDemoData } from '../../../src-main/services/demo/demo.service'
import { expect } from 'vitest'
import { emptyPartnerInput } from '../../../src-main/shared/schemas/partner.schema'
import { databaseFingerprint } from '../../support/database-fingerprint'
import type { TempDatabase } from '../../support/temp-database'
import { runCliCaptured } from '../../support/cli'
import { signDemoAgreements } from '../../support/signed-demo'

export const sha256 = (data: Buffer | string) => createHash('sha256').update(data).digest('hex')
export const fileSha256 = (path: string) => sha256(readFileSync(path))

export async function seedWithInjection(database: TempDatabase): Promise<void> {
  await seedDemoData(database.db, database.services, new Date('2026-11-28T10:00:00Z'))
  await signDemoAgreements(database.services)
  const partner = await database.services.partners.create({
    ...emptyPartnerInput(),
    name: '=HYPERLINK("x")',
    generalInterest: true,
    contacts: [
      { name: 'Camille Martin', role: 'Présidente', email: 'camille@example.org', phone: '', maySign: true }
    ]
  })
  const [need] = await database.services.needs.list({})
  if (!need) throw new Error('demo seeded no need')
  await database.services.agreements.create({ needId: need.id, partnerId: partner.id, type: 'patronage' })
}

/** Every entry of a zip, as bytes. */
export function readZip(path: string): Promise<Map<string, Buffer>> {
  return new Promise((resolve, reject) => {
    yauzl.open(path, { lazyEntries: true }, (error, zip) => {
      if (error) return reject(error)
      const files = new Map<string, Buffer>()
      zip.on('entry', (entry: yauzl.Entry) => {
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError) return reject(streamError)
          const chunks: Buffer[] = []
          stream.on('data', (chunk: Buffer) => chunks.push(chunk))
          stream.on('end', () => {
            files.set(entry.fileName, Buffer.concat(chunks))
            zip.readEntry()
          })
        })
      })
      zip.on('end', () => resolve(files))
      zip.on('error', reject)
      zip.readEntry()
    })
  })
}

export interface ZipEntrySpec {
  name: string
  data: Buffer
  mode?: number
}

export function writeZip(entries: readonly ZipEntrySpec[]): Promise<Buffer> {
  const zip = new yazl.ZipFile()
  for (const entry of entries)
    zip.addBuffer(entry.data, entry.name, entry.mode === undefined ? {} : { mode: entry.mode })
  zip.end()
  return new Promise((resolve) => {
    const chunks: Buffer[] = []
    zip.outputStream.on('data', (chunk: Buffer) => chunks.push(chunk))
    zip.outputStream.on('end', () => resolve(Buffer.concat(chunks)))
  })
}

/** Renames an entry in the raw bytes (local header and central directory), past yazl's own name checks. */
export function patchName(zip: Buffer, from: string, to: string): Buffer {
  if (from.length !== to.length) throw new Error('same length only')
  const patched = Buffer.from(zip)
  let at = patched.indexOf(from)
  while (at !== -1) {
    patched.write(to, at, 'latin1')
    at = patched.indexOf(from, at + 1)
  }
  return patched
}

/** The CLI against the database at `dbPath`. */
export const cli = (dbPath: string, ...args: string[]) => runCliCaptured(['--db', dbPath, ...args])

/**
 * Imports `bundle` into `database` and checks that nothing was written: no agreement, amendment, document or
 * signature, no backup taken, every row as it was. `importFile` defaults to the database's own exchange service.
 */
export async function expectImportWritesNothing(
  database: TempDatabase,
  bundle: string,
  importFile = (filePath: string) => database.services.exchange.importFile({ filePath })
): Promise<void> {
  const before = await databaseFingerprint(database.db)
  expect(await importFile(bundle)).toMatchObject({
    created: 0,
    updated: 0,
    amendmentsRecorded: 0,
    documentsRecorded: 0,
    signaturesRecorded: 0,
    backupName: null
  })
  expect(await databaseFingerprint(database.db)).toEqual(before)
}

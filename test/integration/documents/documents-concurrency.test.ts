import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { dispatch } from '../../../src-main/ipc/dispatch'
import { createHandlers } from '../../../src-main/ipc/handlers'
import { readyAgreement } from '../../support/document-fixtures'
import { openTempDatabase, type TempDatabase } from '../../support/temp-database'

let database: TempDatabase
beforeEach(async () => {
  database = await openTempDatabase()
})
afterEach(() => database.dispose())

/** Every recorded version has its file, every file in the folder is a recorded version, numbers 1..n. */
async function expectCoherent(agreementId: number, reference: string) {
  const { services } = database
  const listed = (await services.documents.list(agreementId)).versions
  expect(listed.map((version) => version.version)).toEqual(listed.map((_, index) => index + 1))
  const files = readdirSync(join(services.documents.folder, reference)).filter(
    (name) => !name.startsWith('.')
  )
  expect(files.sort()).toEqual(listed.map((version) => version.fileName.split('/').at(-1)).sort())
  const staged = readdirSync(join(services.documents.folder, reference)).filter((name) =>
    name.startsWith('.')
  )
  expect(staged).toEqual([])
  return listed
}

describe('« Générer » several times at once', () => {
  it('gives three coherent versions through the service, each file with its own number', async () => {
    const { services } = database
    const agreement = await readyAgreement(services, 'economic-cooperation')
    const results = await Promise.allSettled(
      [1, 2, 3].map(() => services.documents.generate({ agreementId: agreement.id }))
    )
    const done = results.filter((result) => result.status === 'fulfilled')
    expect(done).toHaveLength(3)
    const listed = await expectCoherent(agreement.id, agreement.reference)
    expect(listed).toHaveLength(3)
    expect(new Set(listed.map((version) => version.sha256)).size).toBe(3)
  })

  it('gives coherent versions or a French refusal through IPC dispatch, never a database error', async () => {
    const { services } = database
    const handlers = createHandlers(services)
    const agreement = await readyAgreement(services, 'patronage')
    const replies = await Promise.all(
      [1, 2, 3].map(() => dispatch(handlers, 'documents:generate', { agreementId: agreement.id }))
    )
    for (const reply of replies) {
      if (reply.ok) continue
      expect(reply.error.code).toBe('CONFLICT')
      expect(reply.error.message).not.toMatch(/SQLITE|constraint|inattendue/i)
    }
    const listed = await expectCoherent(agreement.id, agreement.reference)
    expect(listed.length).toBe(replies.filter((reply) => reply.ok).length)
    expect(listed.length).toBeGreaterThanOrEqual(1)
  })

  it('generates many conventions at once in worker threads, the same agreement twice included', async () => {
    const { services } = database
    const first = await readyAgreement(services, 'economic-cooperation')
    const second = await readyAgreement(services, 'social-innovation')
    const progress: number[] = []
    const versions = await services.documents.generateMany([first.id, second.id, first.id], (done) =>
      progress.push(done)
    )
    expect(versions.map((version) => version.agreementId)).toEqual([first.id, second.id, first.id])
    expect(progress).toEqual([1, 2, 3])
    expect((await expectCoherent(first.id, first.reference)).map((version) => version.version)).toEqual([
      1, 2
    ])
    await expectCoherent(second.id, second.reference)
    const verdict = await services.documents.verifyBytes(
      readFileSync(join(services.documents.folder, (versions[1] as { fileName: string }).fileName))
    )
    expect(verdict.status).toBe('issued')
  })

  it('a version whose file could not be written is not recorded, and leaves no file behind', async () => {
    const { services } = database
    const agreement = await readyAgreement(services, 'economic-cooperation')
    await services.documents.generate({ agreementId: agreement.id })
    // A file left by someone else under the next version's name: the generation takes the number after it.
    const squatted = join(
      services.documents.folder,
      agreement.reference,
      `${agreement.reference}-v2-for-signature.docx`
    )
    writeFileSync(squatted, 'not ours')
    const next = await services.documents.generate({ agreementId: agreement.id })
    expect(next.version).toBe(3)
    expect(readFileSync(squatted, 'utf8')).toBe('not ours')
  })
})

import { rmSync, writeFileSync } from 'node:fs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { dispatch } from '../../../src-main/ipc/dispatch'
import { createHandlers } from '../../../src-main/ipc/handlers'
import { readyAgreement } from '../../support/document-fixtures'
import { signedAgreement, servicesAt } from '../../support/life-fixtures'
import { openTempDatabase, type TempDatabase } from '../../support/temp-database'

/**
 * A storage failure in any service, not only the database's: the documents folder made impossible (a file where the
 * folder should be, as a sync tool or a user can leave it) while a Word file or a letter is written. The renderer
 * gets a French sentence saying what is wrong with the disk, never « ENOTDIR » nor only « une erreur inattendue ».
 */
describe('file errors of any service reach the user in French', () => {
  let database: TempDatabase
  beforeEach(async () => {
    database = await openTempDatabase()
  })
  afterEach(async () => {
    await database.dispose()
  })

  it('generating a Word file and issuing a termination letter into a folder that is a file', async () => {
    const ready = await readyAgreement(database.services, 'patronage')
    const signed = await signedAgreement(database.services)
    const later = servicesAt(database, '2030-03-01')
    await later.lifecycle.applyDue()
    await later.lifecycle.terminate({ id: signed.id, date: '2030-05-31', reason: 'Fin', decidedBy: 'mutual' })
    rmSync(later.documents.folder, { recursive: true, force: true })
    writeFileSync(later.documents.folder, 'pas un dossier')
    const handlers = createHandlers(later)
    for (const [channel, input] of [
      ['documents:generate', { agreementId: ready.id }],
      ['lifecycle:issueLetter', { id: signed.id }]
    ] as const) {
      const reply = await dispatch(handlers, channel, input, () => undefined)
      expect(reply.ok).toBe(false)
      if (reply.ok) continue
      expect(reply.error.message).not.toMatch(/E[A-Z]{3,}|SQLITE|inattendue|Error/)
      expect(reply.error.message).toMatch(/^Un élément de ce chemin n'est pas un dossier/)
    }
  })
})

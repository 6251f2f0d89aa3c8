import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { unzipSync } from 'fflate'
import type { Locator, Page } from 'playwright-core'
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest'
import { readyAgreement, withOneCharacterChanged } from '../support/document-fixtures'
import { createAppServices } from '../../src-main/services/app-services'
import type { DocumentShell } from '../../src-main/services/documents/document-shell'
import { closeBrowser, launchBrowser, shown, startE2eApp, type E2eApp } from '../support/e2e-bridge'
import { openTempDatabase } from '../support/temp-database'

/** Draws a stroke across a signature pad with the mouse, as a person signing would. */
async function drawSignature(page: Page, pad: Locator) {
  const box = await pad.boundingBox()
  if (!box) throw new Error('signature pad not visible')
  await page.mouse.move(box.x + 20, box.y + box.height * 0.7)
  await page.mouse.down()
  for (let step = 1; step <= 12; step += 1)
    await page.mouse.move(box.x + 20 + step * 18, box.y + box.height * (0.7 - 0.4 * Math.sin(step / 2)), {
      steps: 2
    })
  await page.mouse.up()
}

describe('documents in the browser', () => {
  let app: E2eApp
  beforeEach(async () => {
    app = await startE2eApp()
  })
  afterEach(async () => {
    await app.close()
  })
  afterAll(closeBrowser)

  it('generates the convention, has it signed with two drawn signatures, and verifies the signed file', async () => {
    const { page, url, database } = app
    const agreement = await readyAgreement(database.services, 'economic-cooperation')
    await page.goto(`${url}#/conventions/${agreement.id}/documents`)
    await page.getByRole('button', { name: 'Générer le document Word' }).click()
    await shown(page.getByText('Version 1 générée'))
    await page.getByRole('button', { name: 'Faire signer' }).click()
    const dialog = page.getByRole('dialog', { name: 'Signer la version 1' })
    await shown(dialog)
    const signButton = dialog.getByRole('button', { name: 'Signer', exact: true })
    expect(await signButton.isDisabled()).toBe(true)
    await drawSignature(page, dialog.getByRole('img', { name: 'Signature de Claire Martin' }))
    await drawSignature(page, dialog.getByRole('img', { name: 'Signature de Bernard Lafitte' }))
    await signButton.click()
    await shown(page.getByText('Document signé : version 2 enregistrée.'))
    const row = page.getByRole('row').filter({ hasText: 'Signée' })
    await shown(row)
    const { versions, signatures } = await database.services.documents.list(agreement.id)
    expect(signatures.map((signature) => signature.signerName)).toEqual(['Claire Martin', 'Bernard Lafitte'])
    expect((await database.services.agreements.get(agreement.id)).agreement.status).toBe('signed')
    const signed = versions.find((version) => version.kind === 'signed')
    const bytes = readFileSync(join(database.services.documents.folder, signed?.fileName ?? ''))
    expect(Object.keys(unzipSync(bytes)).filter((name) => name.startsWith('word/media/'))).toHaveLength(2)

    await page.getByRole('link', { name: 'Vérifier un document' }).click()
    await shown(page.getByRole('heading', { name: 'Vérifier un document' }))
    const input = page.locator('input[type=file]')
    await input.setInputFiles({
      name: 'convention-signee.docx',
      mimeType: 'application/octet-stream',
      buffer: bytes
    })
    await shown(page.getByText('Émis par l’application et intact', { exact: false }))
    const tampered = withOneCharacterChanged(bytes)
    await input.setInputFiles({
      name: 'convention-modifiee.docx',
      mimeType: 'application/octet-stream',
      buffer: tampered
    })
    await shown(page.getByText(/Modifié\s:\sce fichier se présente comme/))
  })

  it('exports the print view to PDF with Chromium, records it as a version; verification recognises it and tells a modified copy', async () => {
    await app.close()
    /** The desktop shell the way Electron does it, with Chromium printing the dedicated print view. */
    const chromiumShell: DocumentShell = {
      print: async () => undefined,
      printToPdf: async (html) => {
        const page = await (await launchBrowser()).newPage()
        try {
          await page.setContent(html)
          return await page.pdf({ format: 'A4', preferCSSPageSize: true })
        } finally {
          await page.close()
        }
      },
      showInFolder: async () => undefined
    }
    const database = await openTempDatabase()
    const services = createAppServices({
      db: database.db,
      databasePath: join(database.folder, 'alliance-conventions.sqlite'),
      version: 'e2e',
      documentShell: chromiumShell
    })
    const savedTo = join(database.folder, 'export.pdf')
    app = await startE2eApp(
      { ...database, services },
      { desktop: { chooseSavePath: async () => savedTo, chooseOpenPath: async () => null } }
    )
    try {
      const agreement = await readyAgreement(services, 'patronage')
      await app.page.goto(`${app.url}#/conventions/${agreement.id}/documents`)
      await app.page.getByRole('button', { name: 'Exporter en PDF' }).click()
      await shown(app.page.getByText(`PDF enregistré : ${savedTo}`))
      await shown(app.page.getByRole('cell', { name: 'PDF', exact: true }))
      const pdf = readFileSync(savedTo)
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-')
      await app.page.getByRole('link', { name: 'Vérifier un document' }).click()
      await app.page
        .locator('input[type=file]')
        .setInputFiles({ name: 'export.pdf', mimeType: 'application/pdf', buffer: pdf })
      await shown(app.page.getByText('Émis par l’application et intact', { exact: false }))
      // Edited in a PDF tool: the bytes change, the properties still name the version issued.
      const annotated = Buffer.concat([pdf, Buffer.from('\n% annotation ajoutée\n', 'latin1')])
      await app.page
        .locator('input[type=file]')
        .setInputFiles({ name: 'export-annote.pdf', mimeType: 'application/pdf', buffer: annotated })
      await shown(
        app.page.getByText(
          new RegExp(`Modifié\\s:\\sce fichier se présente comme ${agreement.reference}, version 1`)
        )
      )
    } finally {
      await database.dispose()
    }
  })
})

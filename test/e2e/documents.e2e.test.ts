import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate'
import type { Locator, Page } from 'playwright-core'
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest'
import { readyAgreement } from '../support/document-fixtures'
import { closeBrowser, shown, startE2eApp, type E2eApp } from '../support/e2e-bridge'

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
    await shown(page.getByText('Document authentique et inchangé'))
    const parts = unzipSync(bytes)
    const xml = strFromU8(parts['word/document.xml'] as Uint8Array).replace('Bordeaux', 'Bordeaus')
    const tampered = Buffer.from(zipSync({ ...parts, 'word/document.xml': strToU8(xml) }))
    await input.setInputFiles({
      name: 'convention-modifiee.docx',
      mimeType: 'application/octet-stream',
      buffer: tampered
    })
    await shown(page.getByText('Document modifié'))
  })
})

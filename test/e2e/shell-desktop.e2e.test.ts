import { readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seedDemoData } from '../../src-main/services/demo/demo.service'
import type { DesktopIntegration } from '../../src-main/services/desktop/desktop-integration'
import { PendingOpens } from '../../src-main/services/desktop/pending-opens'
import { AppError } from '../../src-main/shared/errors'
import { readyAgreement } from '../support/document-fixtures'
import { closeBrowser, shown, startE2eApp, type E2eApp } from '../support/e2e-bridge'
import { makeTempFolder, openTempDatabase, type TempDatabase } from '../support/temp-database'

/** Drops a file on an element the way the OS does: a real DataTransfer holding a File. */
async function dropFile(page: Page, selector: string, name: string, bytes: Buffer) {
  await page.evaluate(
    ({ selector, name, base64 }) => {
      const data = Uint8Array.from(atob(base64), (character) => character.charCodeAt(0))
      const transfer = new DataTransfer()
      transfer.items.add(new File([data], name, { type: 'application/zip' }))
      const target = document.querySelector(selector) ?? document.body
      for (const type of ['dragenter', 'dragover', 'drop'])
        target.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }))
    },
    { selector, name, base64: bytes.toString('base64') }
  )
}

describe('desktop conventions in a real Chromium', () => {
  const folder = makeTempFolder('alliance-e2e-shell-')
  const bundle = join(folder, 'échange Gironde.zip')
  let exporter: TempDatabase
  let importer: TempDatabase
  let app: E2eApp
  const opened: string[] = []
  let openFails = false
  const integration: DesktopIntegration = {
    pendingOpens: new PendingOpens(),
    async openWithSystem(path) {
      if (openFails)
        throw new AppError('NOT_FOUND', 'Aucun programme n’a pu ouvrir « convention.docx » : installez Word.')
      opened.push(path)
    }
  }
  beforeAll(async () => {
    exporter = await openTempDatabase()
    importer = await openTempDatabase()
    await seedDemoData(exporter.db, exporter.services, new Date('2026-11-28T10:00:00Z'))
    await exporter.services.exchange.export({ selection: { kind: 'all' }, filePath: bundle })
    app = await startE2eApp(importer, { integration })
  })
  afterAll(async () => {
    await app.close()
    await closeBrowser()
    await exporter.dispose()
    await importer.dispose()
    rmSync(folder, { recursive: true, force: true })
  })

  it('opens the import preview of a bundle dropped anywhere on the window', async () => {
    const { page, url } = app
    await page.goto(`${url}#/partenaires`)
    await shown(page.getByRole('heading', { name: 'Partenaires', level: 1 }))
    await dropFile(page, 'main', 'convention.docx', Buffer.from('pas un paquet'))
    await page.waitForTimeout(200)
    expect(page.url()).toMatch(/#\/partenaires$/)

    await dropFile(page, 'main h1', 'échange Gironde.zip', readFileSync(bundle))
    await page.waitForURL(/#\/echanges$/)
    await shown(page.getByRole('table', { name: 'Aperçu de l’import' }))
    await shown(page.getByText('« échange Gironde.zip »', { exact: false }))
    await page.screenshot({ path: join(folder, 'apercu-depose.png') })
  })

  it('previews a bundle the system handed over (double-click, second launch) when the window gains focus', async () => {
    const { page, url } = app
    await page.goto(`${url}#/besoins`)
    await shown(page.getByRole('heading', { name: 'Besoins locaux', level: 1 }))
    integration.pendingOpens.add([bundle])
    await page.evaluate(() => window.dispatchEvent(new Event('focus')))
    await page.waitForURL(/#\/echanges$/)
    await shown(page.getByRole('table', { name: 'Aperçu de l’import' }))
    expect(integration.pendingOpens.peekName()).toBeNull()
    // Once taken, focusing the window again opens nothing more.
    await page.goto(`${url}#/besoins`)
    await page.evaluate(() => window.dispatchEvent(new Event('focus')))
    await page.waitForTimeout(300)
    expect(page.url()).toMatch(/#\/besoins$/)
  })

  it('says in the import panel why a handed-over file is refused', async () => {
    const { page, url } = app
    const fake = join(folder, 'faux.zip')
    rmSync(fake, { force: true })
    integration.pendingOpens.add([fake])
    await page.goto(`${url}#/conventions`)
    await page.evaluate(() => window.dispatchEvent(new Event('focus')))
    await page.waitForURL(/#\/echanges$/)
    await shown(page.getByRole('alert').filter({ hasText: 'introuvable' }))
  })

  it('opens a document version in Word through main, and says so next to the button when it cannot', async () => {
    const { page, url, database } = app
    const agreement = await readyAgreement(database.services, 'economic-cooperation')
    const version = await database.services.documents.generate({ agreementId: agreement.id })
    await page.goto(`${url}#/conventions/${agreement.id}/documents`)
    const button = page.getByRole('button', { name: 'Ouvrir dans Word' })
    await button.click()
    await expect.poll(() => opened).toEqual([join(database.services.documents.folder, version.fileName)])
    await page.screenshot({ path: join(folder, 'versions.png'), fullPage: true })

    openFails = true
    await button.click()
    await shown(page.getByRole('alert').filter({ hasText: 'Aucun programme n’a pu ouvrir' }))
    expect(opened).toHaveLength(1)
  })
})

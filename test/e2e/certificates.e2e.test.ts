import { rmSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { closeBrowser, shown, startE2eApp, type E2eApp } from '../support/e2e-bridge'
import { makeTempFolder } from '../support/temp-database'
import { makeTestCa, type TestCa } from '../support/test-ca'

describe('certificates in Settings, in a real browser', () => {
  let app: E2eApp
  let folder: string
  let ca: TestCa
  beforeAll(async () => {
    folder = makeTempFolder('e2e-ca-')
    ca = makeTestCa(folder)
    app = await startE2eApp()
  })
  afterAll(async () => {
    await app.close()
    await closeBrowser()
    rmSync(folder, { recursive: true, force: true })
  })

  it('imports a PKCS#12 file chosen in the page and shows its level; the key never reaches the page', async () => {
    const { page } = app
    await page.goto(`${app.url}#/reglages`)
    const panel = page.getByRole('region', { name: 'Certificats de signature' })
    await shown(panel.getByText('Aucun certificat de signature sur ce poste.'))
    const form = panel.getByRole('form', { name: 'Importer un certificat personnel' })
    await form.getByLabel(/Fichier du certificat/).setInputFiles(ca.laPoste.p12File)
    await form.getByLabel('Phrase secrète du fichier').fill(ca.laPoste.passphrase)
    await form.getByLabel(/Phrase secrète de signature/).fill('phrase de signature')
    const importing = form.getByRole('button', { name: 'Importer le certificat' })
    await importing.click()
    await shown(panel.getByText('Certificat importé depuis la-poste.p12.'))
    const row = panel.getByRole('row', { name: /Claire Martin/ })
    await shown(row.getByText('signature simple'))
    const overview = await page.evaluate(() => window.api.certificates.overview({}))
    expect(JSON.stringify(overview)).not.toMatch(/PRIVATE KEY|sealed/i)
  })
})

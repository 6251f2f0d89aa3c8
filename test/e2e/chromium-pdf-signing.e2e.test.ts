import { execFile } from 'node:child_process'
import { rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createAppServices } from '../../src-main/services/app-services'
import type { DocumentShell } from '../../src-main/services/documents/document-shell'
import { readDocument } from '../../src-main/services/documents/document-files'
import { readyAgreement } from '../support/document-fixtures'
import { closeBrowser, launchBrowser } from '../support/e2e-bridge'
import { pdfText } from '../support/real-readers'
import { makeTempFolder, openTempDatabase, type TempDatabase } from '../support/temp-database'
import { makeTestCa, nssDatabaseTrusting, type TestCa } from '../support/test-ca'

const run = promisify(execFile)

/** The desktop shell's PDF printer as Electron runs it: Chromium printing the print view. */
const chromiumShell: DocumentShell = {
  print: async () => undefined,
  showInFolder: async () => undefined,
  printToPdf: async (html) => {
    const page = await (await launchBrowser()).newPage()
    try {
      await page.setContent(html)
      return await page.pdf({ format: 'A4', preferCSSPageSize: true })
    } finally {
      await page.close()
    }
  }
}

describe('a convention printed by Chromium, signed by both parties', () => {
  let folder: string
  let ca: TestCa
  let database: TempDatabase

  beforeAll(async () => {
    folder = makeTempFolder('chromium-pades-')
    ca = makeTestCa(folder)
    database = await openTempDatabase()
  })
  afterAll(async () => {
    await closeBrowser()
    await database.dispose()
    rmSync(folder, { recursive: true, force: true })
  })

  it('keeps both signatures valid for pdfsig, with the convention and both audit pages readable', async () => {
    const services = createAppServices({
      db: database.db,
      databasePath: join(database.folder, 'alliance-conventions.sqlite'),
      version: 'e2e',
      documentShell: chromiumShell
    })
    const agreement = await readyAgreement(services, 'patronage')
    await services.documents.generate({ agreementId: agreement.id })
    const sign = (party: 'la-poste' | 'partner', identity: TestCa['laPoste'], place: string) =>
      services.signatures.signing.signWithPkcs12(
        { agreementId: agreement.id, party, place, signerTitle: '' },
        identity.p12,
        identity.passphrase
      )
    await sign('la-poste', ca.laPoste, 'Bordeaux')
    const [pdf] = await sign('partner', ca.partner, 'Pau')
    const file = join(folder, 'convention-signee.pdf')
    writeFileSync(file, await readDocument(services.documents.folder, pdf?.fileName as string))

    const { stdout } = await run('pdfsig', ['-nssdir', nssDatabaseTrusting(ca), file]).catch(
      (error: { stdout: string }) => error
    )
    const verdicts = stdout.split(/^Signature #\d+:$/m).slice(1)
    expect(verdicts).toHaveLength(2)
    for (const verdict of verdicts) {
      expect(verdict).toContain('Signature Validation: Signature is Valid.')
      expect(verdict).toContain('Certificate Validation: Certificate is Trusted.')
    }
    const text = await pdfText(file)
    expect(text).toContain(agreement.reference)
    expect(text.match(/Journal de signature électronique/g)).toHaveLength(2)
    expect(text).toContain('Signature n° 2 : pour le Partenaire')
  })
})

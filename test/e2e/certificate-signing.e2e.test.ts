import { rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { PDF, P12Signer } from '@libpdf/core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readDocument } from '../../src-main/services/documents/document-files'
import { readyAgreement } from '../support/document-fixtures'
import { signedAndSentByLaPoste } from '../support/partner-signing'
import { closeBrowser, shown, startE2eApp, type E2eApp } from '../support/e2e-bridge'
import { makeTempFolder, openTempDatabase, type TempDatabase } from '../support/temp-database'
import { makeTestCa, storeTestCertificate, type TestCa } from '../support/test-ca'
import { textPdfShell } from '../support/text-pdf-shell'

describe('signing with a certificate in the documents panel, in a real browser', () => {
  let folder: string
  let ca: TestCa
  let database: TempDatabase
  let app: E2eApp
  let agreementId: number

  beforeAll(async () => {
    folder = makeTempFolder('e2e-sign-')
    ca = makeTestCa(folder)
    database = await openTempDatabase({ documentShell: textPdfShell() })
    await storeTestCertificate(
      database.services.signatures.certificates,
      ca,
      ca.laPoste,
      'phrase de signature'
    )
    const agreement = await readyAgreement(database.services, 'economic-cooperation')
    agreementId = agreement.id
    await database.services.documents.generate({ agreementId })
    app = await startE2eApp(database)
  })
  afterAll(async () => {
    await app.close()
    await closeBrowser()
    await database.dispose()
    rmSync(folder, { recursive: true, force: true })
  })

  it('La Poste signs with its certificate, then the PDF signed by the partner elsewhere is checked and recorded', async () => {
    const { page } = app
    await page.goto(`${app.url}#/conventions/${agreementId}/documents`)
    const form = page.getByRole('form', { name: 'Signer avec un certificat' })
    await shown(form)
    await form.getByLabel('Phrase secrète du certificat').fill('pas la bonne')
    await form.getByRole('button', { name: 'Signer avec ce certificat' }).click()
    await shown(form.getByText('Phrase secrète incorrecte.'))
    await form.getByLabel('Phrase secrète du certificat').fill('phrase de signature')
    await form.getByRole('button', { name: 'Signer avec ce certificat' }).click()
    await shown(page.getByText(/^Signé pour La Poste\s:/))
    await shown(page.getByText(/Claire Martin pour La Poste — .* — signature avancée/))

    const signed = (await database.services.signatures.signing.list(agreementId))[0]
    const versions = (await database.services.documents.list(agreementId)).versions
    const pdf = versions.find(
      (version) =>
        version.format === 'pdf' &&
        version.kind === 'for_signature' &&
        version.fileName.includes('signature-la-poste')
    )
    expect(signed?.level).toBe('advanced')
    const sent = await readDocument(database.services.documents.folder, pdf?.fileName as string)
    const { bytes } = await (
      await PDF.load(sent)
    ).sign({
      signer: await P12Signer.create(ca.partner.p12, ca.partner.passphrase),
      location: 'Pau'
    })
    const returned = join(folder, 'convention-signee-partenaire.pdf')
    writeFileSync(returned, bytes)
    await page.getByLabel(/PDF signé par le partenaire/).setInputFiles(returned)
    await page.getByRole('button', { name: 'Vérifier et enregistrer' }).click()
    await shown(
      page.getByText('Signature du partenaire vérifiée et enregistrée (convention-signee-partenaire.pdf).')
    )
    await shown(
      page.getByText(/Bernard Lafitte pour le Partenaire — .* à Pau — signature avancée — reçue dans/)
    )
    expect((await database.services.agreements.get(agreementId)).agreement.status).toBe('signed')
    await expect.poll(() => page.getByRole('form', { name: 'Signer avec un certificat' }).count()).toBe(0)
    await page.locator('.documents-panel').screenshot({ path: '/tmp/sg/signing-panel.png' })
  })
})

describe('on the partner’s installation, the PDF La Poste signed and sent is signed in the app', () => {
  let folder: string
  let ca: TestCa
  let laPoste: TempDatabase
  let partner: TempDatabase
  let app: E2eApp
  let agreementId: number

  beforeAll(async () => {
    folder = makeTempFolder('e2e-sign-received-')
    ca = makeTestCa(folder)
    laPoste = await openTempDatabase({ documentShell: textPdfShell() })
    partner = await openTempDatabase({ documentShell: textPdfShell() })
    const bundle = join(folder, 'pour-signature.zip')
    const agreement = await signedAndSentByLaPoste(laPoste.services, ca, 'phrase de signature', bundle)
    await partner.services.exchange.importFile({ filePath: bundle, acceptSender: true })
    await storeTestCertificate(
      partner.services.signatures.certificates,
      ca,
      ca.partner,
      'phrase du partenaire'
    )
    const received = await partner.services.agreements.search({ search: agreement.reference })
    agreementId = received.rows[0]?.id as number
    app = await startE2eApp(partner)
  })
  afterAll(async () => {
    await app.close()
    await closeBrowser()
    await laPoste.dispose()
    await partner.dispose()
    rmSync(folder, { recursive: true, force: true })
  })

  it('offers « Signer le PDF reçu » for the partner only, then records the PDF signed by both', async () => {
    const { page } = app
    await page.goto(`${app.url}#/conventions/${agreementId}/documents`)
    const form = page.getByRole('form', { name: 'Signer le PDF reçu pour le Partenaire' })
    await shown(form)
    await shown(page.getByText(/Le PDF signé par La Poste a été reçu de Claire Dubois/))
    expect(await page.getByRole('form', { name: 'Signer avec un certificat' }).count()).toBe(0)
    await form.getByLabel('Lieu de signature').fill('Pau')
    await form.getByLabel('Phrase secrète du certificat').fill('phrase du partenaire')
    await page.locator('.documents-panel').screenshot({ path: '/tmp/sg/sign-received-panel.png' })
    await form.getByRole('button', { name: 'Signer le PDF reçu' }).click()
    await shown(page.getByText(/^Signé pour le Partenaire\s:.*Exportez un fichier d’échange/))
    await expect.poll(() => form.count()).toBe(0)
    const versions = (await partner.services.documents.list(agreementId)).versions
    const signed = versions.find((version) => version.kind === 'signed' && version.format === 'pdf')
    const reports = await partner.services.signatures.signing.verify(
      await readDocument(partner.services.documents.folder, signed?.fileName as string)
    )
    expect(reports.map((report) => [report.signerName, report.valid, report.place])).toEqual([
      ['Claire Martin', true, 'Bordeaux'],
      ['Bernard Lafitte', true, 'Pau']
    ])
  })
})

import { readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { PDF } from '@libpdf/core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { dispatch } from '../../../src-main/ipc/dispatch'
import { createHandlers } from '../../../src-main/ipc/handlers'
import type { BundleManifest } from '../../../src-main/shared/exchange/bundle-manifest.schema'
import { signedAndSentByLaPoste } from '../../support/partner-signing'
import { makeTempFolder, openTempDatabase } from '../../support/temp-database'
import { makeTestCa, storeTestCertificate, type TestCa } from '../../support/test-ca'
import { textPdfShell } from '../../support/text-pdf-shell'
import { runCliCaptured } from '../../support/cli'
import { expectImportWritesNothing, readZip } from './exchange-fixtures'
import { forgeBundle, listedFile } from './forge-fixtures'
import type { TempDatabase } from '../../support/temp-database'
import { X509Certificate } from 'node:crypto'

const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64')

const manifestOf = async (bundle: string) =>
  JSON.parse(((await readZip(bundle)).get('manifest.json') as Buffer).toString('utf8')) as BundleManifest

/**
 * The partner signs on their side through the exchange file: La Poste signs the convention's PDF with its
 * certificate and exports; the partner's installation imports it, signs it and exports back; La Poste's
 * installation checks the returned file (exactly the file sent plus one valid signature, by the certificate the
 * bundle announces) and records it, or refuses it and writes nothing.
 */
describe('a convention signed by the partner on their side, through bundles', () => {
  let caFolder: string
  let ca: TestCa
  let laPoste: TempDatabase
  let partner: TempDatabase
  let reference: string
  let laPosteAgreementId: number
  let sentPdf: Buffer
  let sentPath: string
  let sentBundle: string
  let returnedBundle: string
  let returnedPath: string
  let returnedPdf: Buffer
  const passphrase = 'phrase de la coordinatrice'
  const fingerprint = (pem: string) => new X509Certificate(pem).fingerprint256
  const importAccepting = (database: TempDatabase) => (filePath: string) =>
    database.services.exchange.importFile({ filePath, acceptSender: true })

  const partnerSignsReceived = () =>
    runCliCaptured([
      '--db',
      join(partner.folder, 'alliance-conventions.sqlite'),
      'documents',
      'sign-received',
      '--ref',
      reference,
      '--p12',
      ca.partner.p12File,
      '--passphrase-env',
      'TEST_PARTNER_PASSPHRASE',
      '--place',
      'Pau',
      '--title',
      'Président'
    ])

  beforeAll(async () => {
    caFolder = makeTempFolder('signed-pdf-trip-ca-')
    ca = makeTestCa(caFolder)
    laPoste = await openTempDatabase({ documentShell: textPdfShell() })
    partner = await openTempDatabase({ documentShell: textPdfShell() })
    sentBundle = join(laPoste.folder, 'pour-signature.zip')
    const agreement = await signedAndSentByLaPoste(laPoste.services, ca, passphrase, sentBundle)
    reference = agreement.reference
    laPosteAgreementId = agreement.id
    const sentEntry = (await manifestOf(sentBundle)).documents.find((entry) => entry.path.endsWith('.pdf'))
    sentPath = sentEntry?.path ?? ''
    sentPdf = (await readZip(sentBundle)).get(sentPath) as Buffer
    expect(sentEntry).toMatchObject({
      kind: 'for_signature',
      signedBy: [fingerprint(ca.laPoste.certificatePem)]
    })

    await partner.services.exchange.importFile({ filePath: sentBundle })
    // On the partner's installation, the command line signs the received PDF and records it.
    process.env.TEST_PARTNER_PASSPHRASE = ca.partner.passphrase
    const signedThere = await partnerSignsReceived()
    expect(signedThere).toMatchObject({ code: 0, err: '' })
    expect(signedThere.out).toMatch(/\.pdf\n$/)
    returnedBundle = join(partner.folder, 'signee.zip')
    await partner.services.exchange.export({ selection: { kind: 'all' }, filePath: returnedBundle })
    const returnedEntry = (await manifestOf(returnedBundle)).documents.find(
      (entry) => entry.path.endsWith('.pdf') && entry.kind === 'signed'
    )
    returnedPath = returnedEntry?.path ?? ''
    returnedPdf = (await readZip(returnedBundle)).get(returnedPath) as Buffer
    expect(returnedEntry?.signedBy).toEqual([
      fingerprint(ca.laPoste.certificatePem),
      fingerprint(ca.partner.certificatePem)
    ])
  }, 120_000)
  afterAll(async () => {
    await laPoste.dispose()
    await partner.dispose()
    rmSync(caFolder, { recursive: true, force: true })
  })

  it('ships the PDF La Poste signed, which the partner receives as « reçu de », intact since its reception', async () => {
    expect(sentPdf.subarray(0, 5).toString('latin1')).toBe('%PDF-')
    const check = await partner.services.documents.verify({
      fileName: 'convention.pdf',
      dataBase64: base64(sentPdf)
    })
    expect(check.status).toBe('issued')
    expect(check.message).toMatch(
      /^Document reçu de Claire Dubois \(Nouvelle-Aquitaine\), intact depuis sa réception/
    )
    expect(check.message).not.toMatch(/authentique/)
    const again = await partnerSignsReceived()
    expect(again.code).toBe(1)
    expect(again.err).toContain('Le Partenaire a déjà signé cette version.')
    const reports = await partner.services.signatures.signing.verify(returnedPdf)
    expect(reports.map((report) => [report.signerName, report.valid])).toEqual([
      ['Claire Martin', true],
      ['Bernard Lafitte', true]
    ])
  })

  it('in the app, the partner signs the received PDF with a certificate stored there, through its channel', async () => {
    const inApp = await openTempDatabase({ documentShell: textPdfShell() })
    try {
      await inApp.services.exchange.importFile({ filePath: sentBundle, acceptSender: true })
      const certificateId = await storeTestCertificate(
        inApp.services.signatures.certificates,
        ca,
        ca.partner,
        passphrase
      )
      const { id: agreementId } = await inApp.db
        .selectFrom('agreements')
        .select('id')
        .where('reference', '=', reference)
        .executeTakeFirstOrThrow()
      const handlers = createHandlers(inApp.services)
      const input = {
        agreementId,
        certificateId,
        signerTitle: 'Président',
        place: 'Pau'
      }
      const wrongPassphrase = await dispatch(handlers, 'signatures:signReceived', {
        ...input,
        passphrase: 'pas la bonne'
      })
      expect(wrongPassphrase).toMatchObject({
        ok: false,
        error: { fieldErrors: { passphrase: 'Phrase secrète incorrecte.' } }
      })
      expect(await dispatch(handlers, 'signatures:signReceived', { ...input, place: '' })).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION', fieldErrors: { place: expect.any(String) } }
      })
      const signed = await dispatch(handlers, 'signatures:signReceived', { ...input, passphrase })
      expect(signed).toMatchObject({ ok: true, value: { kind: 'signed', format: 'pdf' } })
      const versions = (await inApp.services.documents.list(agreementId)).versions
      const file = versions.find((version) => version.kind === 'signed')?.fileName ?? ''
      const reports = await inApp.services.signatures.signing.verify(
        readFileSync(join(inApp.services.documents.folder, file))
      )
      expect(reports.map((report) => [report.signerName, report.valid])).toEqual([
        ['Claire Martin', true],
        ['Bernard Lafitte', true]
      ])
      expect(await dispatch(handlers, 'signatures:signReceived', { ...input, passphrase })).toMatchObject({
        ok: false,
        error: { message: 'Le Partenaire a déjà signé cette version.' }
      })
    } finally {
      await inApp.dispose()
    }
  }, 60_000)

  it('refuses a returned PDF with one byte edited after La Poste’s signature, and writes nothing', async () => {
    const edited = Buffer.from(returnedPdf)
    const at = sentPdf.length + 10
    edited[at] = (edited[at] as number) ^ 0x01
    await expectRefused(
      edited,
      /^Signature n° 2 de Bernard Lafitte : invalide, le contenu signé a été modifié/
    )
  })

  it('refuses a returned PDF whose part signed by La Poste was edited, and writes nothing', async () => {
    const edited = Buffer.from(returnedPdf)
    edited[400] = (edited[400] as number) ^ 0x01
    await expectRefused(edited, /^Ce PDF n’est pas celui que La Poste a signé et envoyé/)
  })

  it('refuses a returned PDF with a page added after the signatures, and writes nothing', async () => {
    const pdf = await PDF.load(returnedPdf)
    pdf.addPage({ size: 'a4' })
    const appended = Buffer.from(await pdf.save({ incremental: true }))
    await expectRefused(appended, /invalide, le fichier a été modifié après la dernière signature/)
  })

  it('refuses a returned PDF signed with another certificate than the one announced, and writes nothing', async () => {
    const otherSigner = Buffer.from(
      await laPoste.services.signatures.signing.signReceived(
        sentPdf,
        'convention.pdf',
        { party: 'partner', partyName: 'Partenaire', place: 'Pau', signerTitle: 'Président' },
        ca.laPoste.p12,
        ca.laPoste.passphrase
      )
    )
    expect((await laPoste.services.signatures.signing.verify(otherSigner)).every((r) => r.valid)).toBe(true)
    await expectRefused(otherSigner, /pas faite avec le certificat que le fichier d’échange annonce/)
  })

  it('records the returned PDF signed by both: the convention becomes « Signée » on La Poste’s side', async () => {
    const preview = await laPoste.services.exchange.preview(returnedBundle)
    expect(preview.refused).toEqual([])
    expect(preview.newDocumentCount).toBe(1)
    const outcome = await importAccepting(laPoste)(returnedBundle)
    expect(outcome).toMatchObject({ documentsRecorded: 1, signaturesRecorded: 1, refused: 0 })
    expect(outcome.backupName).toMatch(/pre-import/)
    const { agreement } = await laPoste.services.agreements.get(laPosteAgreementId)
    expect(agreement.status).toBe('signed')
    const signatures = await laPoste.services.signatures.signing.list(laPosteAgreementId)
    expect(signatures.map((signature) => [signature.party, signature.signerName])).toEqual([
      ['la-poste', 'Claire Martin'],
      ['partner', 'Bernard Lafitte']
    ])
    // The same bundle once more: nothing new, nothing refused.
    await expectImportWritesNothing(laPoste, returnedBundle, importAccepting(laPoste))
  })

  async function expectRefused(pdf: Buffer, reason: RegExp): Promise<void> {
    const forged = await forgeBundle(
      returnedBundle,
      {
        manifest: (manifest) => ({
          ...manifest,
          documents: manifest.documents.map((entry) =>
            entry.path === returnedPath ? { ...entry, ...listedFile(returnedPath, pdf) } : entry
          )
        }),
        files: { [returnedPath]: pdf }
      },
      `forge-${pdf.length}-${pdf.at(-20) ?? 0}.zip`
    )
    const preview = await laPoste.services.exchange.preview(forged)
    expect(preview.refused).toHaveLength(1)
    expect(preview.refused[0]?.subject).toContain(reference)
    expect(preview.refused[0]?.reasons[0]).toMatch(reason)
    await expectImportWritesNothing(laPoste, forged, importAccepting(laPoste))
    expect((await laPoste.services.agreements.get(laPosteAgreementId)).agreement.status).toBe(
      'ready_for_signature'
    )
    expect(
      await laPoste.services.exchange.importFile({ filePath: forged, acceptSender: true })
    ).toMatchObject({
      refused: 1
    })
  }
})

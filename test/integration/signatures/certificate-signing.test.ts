import { readdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { PDF, P12Signer, StandardFonts } from '@libpdf/core'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { AppServices } from '../../../src-main/services/app-services'
import { readDocument } from '../../../src-main/services/documents/document-files'
import { docxParagraphs } from '../../../src-main/services/documents/docx-text'
import { amendRemuneration, readyAgreement, signBoth } from '../../support/document-fixtures'
import { checkWithApachePoi } from '../../support/docx-signature-checker'
import { makeTempFolder, openTempDatabase, type TempDatabase } from '../../support/temp-database'
import { makeTestCa, storeTestCertificate, type TestCa } from '../../support/test-ca'
import { textPdfShell } from '../../support/text-pdf-shell'

describe('signing a convention with certificates', () => {
  let caFolder: string
  let ca: TestCa
  let database: TempDatabase
  let services: AppServices
  let certificateId: number
  const passphrase = 'phrase de la coordinatrice'

  beforeAll(() => {
    caFolder = makeTempFolder('signing-ca-')
    ca = makeTestCa(caFolder)
  })
  afterAll(() => rmSync(caFolder, { recursive: true, force: true }))

  beforeEach(async () => {
    database = await openTempDatabase({ documentShell: textPdfShell() })
    services = database.services
    certificateId = await storeTestCertificate(services.signatures.certificates, ca, ca.laPoste, passphrase)
  })
  afterEach(() => database.dispose())

  async function forSignature() {
    const agreement = await readyAgreement(services, 'economic-cooperation')
    const docx = await services.documents.generate({ agreementId: agreement.id })
    return { agreement, docx }
  }

  const laPosteSigns = (agreementId: number) =>
    services.signatures.signing.sign({
      agreementId,
      party: 'la-poste',
      certificateId,
      passphrase,
      signerTitle: '',
      place: 'Bordeaux'
    })

  const partnerSigns = (agreementId: number) =>
    services.signatures.signing.signWithPkcs12(
      { agreementId, party: 'partner', place: 'Pau', signerTitle: 'Président' },
      ca.partner.p12,
      ca.partner.passphrase
    )

  async function fileOf(version: { fileName: string }) {
    return readDocument(services.documents.folder, version.fileName)
  }

  it('La Poste signs first: a PDF and a Word file carrying its advanced signature, the convention still to sign', async () => {
    const { agreement } = await forSignature()
    const versions = await laPosteSigns(agreement.id)
    expect(versions.map((version) => [version.format, version.kind])).toEqual([
      ['pdf', 'for_signature'],
      ['docx', 'for_signature']
    ])
    const [pdf, docx] = await Promise.all(versions.map(fileOf))
    const pdfReports = await services.signatures.signing.verify(pdf as Buffer)
    expect(pdfReports).toMatchObject([
      { valid: true, signerName: 'Claire Martin', level: 'advanced', place: 'Bordeaux' }
    ])
    expect(pdfReports[0]?.message).toBe(
      'Signature n° 1 de Claire Martin : valide, signature avancée (certificat émis par une autorité reconnue par cette installation).'
    )
    expect(await services.signatures.signing.verify(docx as Buffer)).toMatchObject([
      { format: 'docx', valid: true, signerName: 'Claire Martin', level: 'advanced' }
    ])
    expect((await services.agreements.get(agreement.id)).agreement.status).toBe('ready_for_signature')
  })

  it('both files signed say one electronic original, as the audit trail does, never two paper originals', async () => {
    const { agreement, docx: paperVersion } = await forSignature()
    const paperText = (docxParagraphs(await fileOf(paperVersion)) ?? []).join('\n')
    expect(paperText).toContain('en deux (2) exemplaires originaux')
    await laPosteSigns(agreement.id)
    const [pdf, docx] = await Promise.all((await partnerSigns(agreement.id)).map(fileOf))
    const pages = (await PDF.load(pdf as Buffer)).extractText().map((page) => page.text)
    const body = pages.filter((page) => !page.includes('Journal de signature électronique')).join('\n')
    const words = (text: string) => text.replace(/\s+/g, ' ')
    expect(words(body)).toContain('en un (1) exemplaire original électronique')
    expect(words(body)).not.toContain('exemplaires originaux')
    const docxText = (docxParagraphs(docx as Buffer) ?? []).join('\n')
    expect(docxText).toContain('en un (1) exemplaire original électronique')
    expect(docxText).not.toContain('exemplaires originaux')
    expect(words(pages.at(-1) ?? '')).toContain('en un (1) exemplaire original électronique, ce fichier')
  })

  it('then the partner signs: both signatures hold, the audit trail names both, the convention is signed', async () => {
    const { agreement } = await forSignature()
    await laPosteSigns(agreement.id)
    const versions = await partnerSigns(agreement.id)
    expect(versions.map((version) => version.kind)).toEqual(['signed', 'signed'])
    const pdf = await fileOf(versions[0] as { fileName: string })
    const reports = await services.signatures.signing.verify(pdf)
    expect(reports.map((report) => [report.signerName, report.valid, report.level])).toEqual([
      ['Claire Martin', true, 'advanced'],
      ['Bernard Lafitte', true, 'advanced']
    ])
    const lastPage = (await PDF.load(pdf)).extractText().at(-1)?.text ?? ''
    expect(lastPage).toContain('Signature n° 2 : pour le Partenaire')
    expect(lastPage).toContain('Lieu : Pau')
    expect(lastPage).toContain('Lieu : Bordeaux')
    const { agreement: signed } = await services.agreements.get(agreement.id)
    expect(signed.status).toBe('signed')
    const docxFile = join(database.folder, 'convention-signee.docx')
    writeFileSync(docxFile, await fileOf(versions[1] as { fileName: string }))
    const [poi] = await checkWithApachePoi(join(caFolder, 'java'), [docxFile])
    expect(poi?.verdict).toBe('ALL-VALID')
    expect(poi?.signatures).toContain('CN=Bernard Lafitte')
    const history = await services.agreements.history(agreement.id)
    expect(history.map((entry) => entry.summary)).toContain(
      'Prête pour signature → Signée (signatures électroniques par certificat)'
    )
  })

  it('once signed with certificates, the signed Word file stands: no new unsigned issue, bulk generation answers it', async () => {
    const { agreement } = await forSignature()
    await laPosteSigns(agreement.id)
    const [, signedWord] = await partnerSigns(agreement.id)
    const before = (await services.documents.list(agreement.id)).versions.length
    await expect(services.documents.generate({ agreementId: agreement.id })).rejects.toMatchObject({
      code: 'CONFLICT',
      message: expect.stringContaining('signé par certificat') as unknown
    })
    const [answered] = await services.documents.generateMany([agreement.id])
    expect(answered).toEqual(signedWord)
    expect((await services.documents.list(agreement.id)).versions).toHaveLength(before)
  })

  it('an amendment to a convention signed with certificates names the day it was signed', async () => {
    const { agreement } = await forSignature()
    await laPosteSigns(agreement.id)
    const [signed] = await partnerSigns(agreement.id)
    const amendment = await amendRemuneration(services, agreement.id)
    const target = await services.documents.internal.target({
      agreementId: agreement.id,
      amendmentId: amendment.id
    })
    expect(target.amendment?.originalSignedOn).toBe(signed?.createdAt.slice(0, 10))
  })

  it('an amendment signed with certificates is one electronic original too, in its PDF and its Word file', async () => {
    const { agreement } = await forSignature()
    await laPosteSigns(agreement.id)
    await partnerSigns(agreement.id)
    const amendment = await amendRemuneration(services, agreement.id)
    const target = { agreementId: agreement.id, amendmentId: amendment.id }
    await services.documents.generate(target)
    await services.signatures.signing.sign({
      ...target,
      party: 'la-poste',
      certificateId,
      passphrase,
      signerTitle: '',
      place: 'Bordeaux'
    })
    const versions = await services.signatures.signing.signWithPkcs12(
      { ...target, party: 'partner', place: 'Pau', signerTitle: 'Président' },
      ca.partner.p12,
      ca.partner.passphrase
    )
    const [pdf, docx] = await Promise.all(versions.map(fileOf))
    const words = (text: string) => text.replace(/\s+/g, ' ')
    const pdfText = words(
      (await PDF.load(pdf as Buffer))
        .extractText()
        .map((page) => page.text)
        .join('\n')
    )
    const docxText = words((docxParagraphs(docx as Buffer) ?? []).join('\n'))
    for (const text of [pdfText, docxText]) {
      expect(text).toContain('Avenant')
      expect(text).toContain('en un (1) exemplaire original électronique')
      expect(text).not.toContain('exemplaires originaux')
    }
  })

  it('a double click signs once: the second call is refused and leaves no file behind', async () => {
    const { agreement } = await forSignature()
    const first = await Promise.allSettled([laPosteSigns(agreement.id), laPosteSigns(agreement.id)])
    expect(first.filter((result) => result.status === 'fulfilled')).toHaveLength(1)
    expect(first.find((result) => result.status === 'rejected')?.reason).toMatchObject({
      code: 'CONFLICT',
      message: 'La Poste a déjà signé cette version.'
    })
    const results = await Promise.allSettled([partnerSigns(agreement.id), partnerSigns(agreement.id)])
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1)
    const refused = results.find((result) => result.status === 'rejected')
    expect(refused?.reason).toMatchObject({
      code: 'CONFLICT',
      message: 'Cette convention est déjà signée (« Signée »).'
    })
    const folder = join(services.documents.folder, agreement.reference)
    const recorded = (await services.documents.list(agreement.id)).versions.map((version) =>
      version.fileName.split('/').at(-1)
    )
    expect(readdirSync(folder).sort()).toEqual([...recorded].sort())
  })

  it('once La Poste signed with a certificate, drawing signatures on the same document is refused', async () => {
    const { agreement } = await forSignature()
    const versions = await laPosteSigns(agreement.id)
    const docx = versions.find((version) => version.format === 'docx')
    await expect(signBoth(services, docx?.id as number)).rejects.toMatchObject({
      code: 'CONFLICT',
      message:
        'Ce document est déjà signé par certificat pour l’une des parties : terminez la signature par certificat.'
    })
    expect((await services.agreements.get(agreement.id)).agreement.status).toBe('ready_for_signature')
  })

  it('refuses a wrong passphrase next to its field, and a convention that is not ready', async () => {
    const { agreement } = await forSignature()
    await expect(
      services.signatures.signing.sign({
        agreementId: agreement.id,
        party: 'la-poste',
        certificateId,
        passphrase: 'non',
        signerTitle: '',
        place: 'Bordeaux'
      })
    ).rejects.toMatchObject({ code: 'VALIDATION', fieldErrors: { passphrase: 'Phrase secrète incorrecte.' } })
    await services.agreements.transition({ id: agreement.id, to: 'draft' })
    await expect(laPosteSigns(agreement.id)).rejects.toMatchObject({
      code: 'CONFLICT',
      message:
        'Une convention « Brouillon » ne peut pas être signée : passez-la d’abord « Prête pour signature ».'
    })
  })

  it('a local certificate signs too, and says so: a simple signature', async () => {
    const { agreement } = await forSignature()
    const overview = await services.signatures.certificates.issueLocal({
      holder: 'Claire Martin',
      organisation: 'La Poste — Nouvelle-Aquitaine',
      newPassphrase: 'une phrase locale'
    })
    const local = overview.certificates.find((certificate) => certificate.origin === 'local')
    expect(local?.level).toBe('simple')
    const versions = await services.signatures.signing.sign({
      agreementId: agreement.id,
      party: 'la-poste',
      certificateId: local?.id as number,
      passphrase: 'une phrase locale',
      signerTitle: '',
      place: 'Bordeaux'
    })
    const [report] = await services.signatures.signing.verify(
      await fileOf(versions[0] as { fileName: string })
    )
    expect(report).toMatchObject({ valid: true, level: 'simple', trust: 'local' })
    expect(report?.message).toContain('signature simple (certificat local, sans autorité de certification)')
  })

  describe('the partner signs with their own PDF software', () => {
    async function sentToPartner() {
      const { agreement } = await forSignature()
      const [pdf] = await laPosteSigns(agreement.id)
      return { agreement, sent: await fileOf(pdf as { fileName: string }) }
    }

    const partnerSigner = () => P12Signer.create(ca.partner.p12, ca.partner.passphrase)

    it('the returned file, the sent one plus their signature, is verified and recorded; the convention is signed', async () => {
      const { agreement, sent } = await sentToPartner()
      const { bytes } = await (await PDF.load(sent)).sign({ signer: await partnerSigner(), location: 'Pau' })
      const versions = await services.signatures.signing.recordPartnerPdf(
        { agreementId: agreement.id },
        'retour.pdf',
        Buffer.from(bytes)
      )
      expect(versions).toMatchObject([{ format: 'pdf', kind: 'signed' }])
      expect((await services.agreements.get(agreement.id)).agreement.status).toBe('signed')
    })

    it('a returned file whose text was changed before signing is refused, and nothing is recorded', async () => {
      const { agreement, sent } = await sentToPartner()
      const edited = await PDF.load(sent)
      edited
        .getPages()[0]
        ?.drawText('Rémunération : 15 000,00 €', { x: 50, y: 30, size: 9, font: StandardFonts.Helvetica })
      const { bytes } = await (
        await PDF.load(await edited.save({ incremental: true }))
      ).sign({ signer: await partnerSigner() })
      const before = (await services.documents.list(agreement.id)).versions.length
      await expect(
        services.signatures.signing.recordPartnerPdf(
          { agreementId: agreement.id },
          'retour.pdf',
          Buffer.from(bytes)
        )
      ).rejects.toMatchObject({
        code: 'VALIDATION',
        fieldErrors: { file: 'Signature du partenaire absente ou invalide.' }
      })
      expect((await services.documents.list(agreement.id)).versions).toHaveLength(before)
      expect((await services.agreements.get(agreement.id)).agreement.status).toBe('ready_for_signature')
    })

    it('another PDF, even validly signed, is refused', async () => {
      const { agreement } = await sentToPartner()
      const other = PDF.create()
      other.addPage({ size: 'a4' })
      const { bytes } = await (await PDF.load(await other.save())).sign({ signer: await partnerSigner() })
      await expect(
        services.signatures.signing.recordPartnerPdf(
          { agreementId: agreement.id },
          'autre.pdf',
          Buffer.from(bytes)
        )
      ).rejects.toMatchObject({ fieldErrors: { file: 'PDF différent de celui envoyé au partenaire.' } })
    })
  })
})

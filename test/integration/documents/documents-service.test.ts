import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { strFromU8, unzipSync, zipSync } from 'fflate'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createAppServices } from '../../../src-main/services/app-services'
import { openTempDatabase, type TempDatabase } from '../../support/temp-database'
import {
  amendRemuneration,
  readyAgreement,
  signBoth,
  withOneCharacterChanged
} from '../../support/document-fixtures'
import { signatureDataUrl, signaturePng } from '../../support/png'

let database: TempDatabase
beforeEach(async () => {
  database = await openTempDatabase()
})
afterEach(() => database.dispose())

const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64')
const fileOf = (fileName: string) => readFileSync(join(database.services.documents.folder, fileName))

describe('document versions', () => {
  it('numbers versions, records their fingerprint, kind and size, and keeps the files in the user-data folder', async () => {
    const { services } = database
    const agreement = await readyAgreement(services, 'economic-cooperation')
    const first = await services.documents.generate({ agreementId: agreement.id })
    const second = await services.documents.generate({ agreementId: agreement.id })
    expect([first.version, second.version]).toEqual([1, 2])
    expect(first.kind).toBe('for_signature')
    expect(first.fileName).toBe(`${agreement.reference}/${agreement.reference}-v1-for-signature.docx`)
    const bytes = fileOf(first.fileName)
    expect(bytes.length).toBe(first.sizeBytes)
    const listed = await services.documents.list(agreement.id)
    expect(listed.versions.map((version) => version.sha256)).toEqual([first.sha256, second.sha256])
    const history = await services.agreements.history(agreement.id)
    expect(history.at(-1)?.summary).toContain('version 2')
  })

  it('tells an issued file from a copy with one changed character and from an unknown file', async () => {
    const { services } = database
    const agreement = await readyAgreement(services, 'patronage')
    const version = await services.documents.generate({ agreementId: agreement.id })
    const bytes = fileOf(version.fileName)
    const issued = await services.documents.verify({ fileName: 'a.docx', dataBase64: base64(bytes) })
    expect(issued).toMatchObject({ status: 'issued', match: { reference: agreement.reference, version: 1 } })
    expect(issued.message).toMatch(/^Émis par l’application et intact/)
    expect(issued.message).not.toMatch(/authentique/i)
    const modified = await services.documents.verify({
      fileName: 'a.docx',
      dataBase64: base64(withOneCharacterChanged(bytes))
    })
    expect(modified.status).toBe('modified')
    expect(modified.message).toContain(agreement.reference)
    expect(modified.message).toContain('un paragraphe diffère')
    expect(modified.differences).toHaveLength(1)
    expect(modified.differences?.[0]?.found).toContain('Bordeaus')
    expect(modified.differences?.[0]?.issued).toContain('Bordeaux')
    // The same parts zipped again (as a word processor re-saving the file would): new bytes, same text.
    const rezipped = zipSync(unzipSync(bytes), { level: 9 })
    const resaved = await services.documents.verify({ fileName: 'a.docx', dataBase64: base64(rezipped) })
    expect(resaved).toMatchObject({ status: 'resaved', match: { version: 1 } })
    expect(resaved.message).toMatch(/^Même texte, fichier ré-enregistré/)
    const unknown = await services.documents.verify({
      fileName: 'b.pdf',
      dataBase64: base64(Buffer.from('%PDF-1.7 autre chose'))
    })
    expect(unknown.status).toBe('unknown')
  })

  it('previews what would be issued next, labelled « aperçu — non émis », with no fingerprint', async () => {
    const { services } = database
    const agreement = await readyAgreement(services, 'patronage')
    await services.documents.generate({ agreementId: agreement.id })
    const html = await services.documents.preview({ agreementId: agreement.id })
    expect(html).toContain('aperçu — non émis (deviendra la version 2 une fois généré)')
    expect(html).not.toContain('empreinte')
    expect(html).toContain('counter(pages)')
  })
})

describe('signatures', () => {
  it('signs with drawn signatures: a signed DOCX with the images and a certificate, and the agreement is signed', async () => {
    const { services } = database
    const agreement = await readyAgreement(services, 'social-innovation')
    const forSignature = await services.documents.generate({ agreementId: agreement.id })
    const signed = await signBoth(database.services, forSignature.id)
    expect(signed).toMatchObject({ kind: 'signed', version: 2 })
    const parts = unzipSync(fileOf(signed.fileName))
    expect(Object.keys(parts).filter((name) => name.startsWith('word/media/'))).toHaveLength(2)
    const xml = strFromU8(parts['word/document.xml'] as Uint8Array)
    expect(xml).toContain('Certificat de signature')
    expect(xml).toContain(forSignature.sha256)
    expect((await services.agreements.get(agreement.id)).agreement.status).toBe('signed')
    const { signatures } = await services.documents.list(agreement.id)
    expect(
      signatures.map((signature) => [signature.party, signature.method, signature.documentSha256])
    ).toEqual([
      ['la-poste', 'drawn', forSignature.sha256],
      ['partner', 'drawn', forSignature.sha256]
    ])
    const verified = await services.documents.verify({
      fileName: 's.docx',
      dataBase64: base64(fileOf(signed.fileName))
    })
    expect(verified).toMatchObject({ status: 'issued', match: { kind: 'signed' } })
    // A signed agreement is locked: signing again is refused.
    await expect(signBoth(database.services, forSignature.id)).rejects.toMatchObject({ code: 'CONFLICT' })
    // Generating again reproduces a signed version from the recorded signatures.
    expect((await services.documents.generate({ agreementId: agreement.id })).kind).toBe('signed')
  })

  it('refuses a drawing that is not a PNG, and a version that is not for signature', async () => {
    const { services } = database
    const agreement = await readyAgreement(services, 'economic-cooperation')
    const version = await services.documents.generate({ agreementId: agreement.id })
    const fake = `data:image/png;base64,${Buffer.from('<svg onload=alert(1)>').toString('base64')}`
    await expect(
      services.documents.sign({
        versionId: version.id,
        place: 'Bordeaux',
        signatures: [
          { party: 'la-poste', method: 'drawn', signerName: 'X', signerTitle: '', imageDataUrl: fake }
        ]
      })
    ).rejects.toMatchObject({ code: 'VALIDATION' })
    await services.agreements.transition({ id: agreement.id, to: 'draft' })
    const draft = await services.documents.generate({ agreementId: agreement.id })
    expect(draft.kind).toBe('draft')
    await expect(signBoth(database.services, draft.id)).rejects.toMatchObject({ code: 'CONFLICT' })
    expect((await services.agreements.get(agreement.id)).agreement.status).toBe('draft')
  })

  it('attaches a scanned signed copy told by its content, and refuses other files', async () => {
    const { services } = database
    const agreement = await readyAgreement(services, 'responsible-practices')
    const version = await services.documents.generate({ agreementId: agreement.id })
    const scan = {
      versionId: version.id,
      place: 'Bordeaux',
      signedOn: '2026-11-28',
      signers: [
        { party: 'la-poste' as const, signerName: 'Claire Martin', signerTitle: '' },
        { party: 'partner' as const, signerName: 'Bernard Lafitte', signerTitle: '' }
      ]
    }
    await expect(
      services.documents.attachScan({
        ...scan,
        fileName: 'copie.pdf',
        dataBase64: base64(Buffer.from('MZ not a pdf'))
      })
    ).rejects.toMatchObject({ code: 'VALIDATION' })
    const attached = await services.documents.attachScan({
      ...scan,
      fileName: 'copie signée.png',
      dataBase64: base64(signaturePng())
    })
    expect(attached.fileName).toMatch(/copie-signee|copie-sign/)
    expect((await services.agreements.get(agreement.id)).agreement.status).toBe('signed')
    const verified = await services.documents.verify({
      fileName: 'x.png',
      dataBase64: base64(signaturePng())
    })
    expect(verified.status).toBe('issued')
  })
})

describe('amendments', () => {
  it('drafts an amendment of a signed agreement that names the original and is signed the same way', async () => {
    const { services } = database
    const agreement = await readyAgreement(services, 'economic-cooperation')
    await expect(
      services.documents.createAmendment({
        agreementId: agreement.id,
        reason: 'x',
        effectiveDate: null,
        changes: [{ articleNumber: 4, articleTitle: 'Modalités', newText: 'y' }]
      })
    ).rejects.toMatchObject({ code: 'CONFLICT' })
    await signBoth(database.services, (await services.documents.generate({ agreementId: agreement.id })).id)
    const amendment = await amendRemuneration(services, agreement.id)
    expect(amendment).toMatchObject({ number: 1, reference: `${agreement.reference}-A1`, status: 'draft' })
    const html = await services.documents.preview({ agreementId: agreement.id, amendmentId: amendment.id })
    expect(html).toContain('Avenant n°\u00a01 à la convention de partenariat')
    expect(html).toContain(`Convention n°\u00a0${agreement.reference} signée le`)
    expect(html).toContain('article 5 «\u202fModalités de la coopération économique\u202f»')
    const forSignature = await services.documents.generate({
      agreementId: agreement.id,
      amendmentId: amendment.id
    })
    expect(forSignature).toMatchObject({ kind: 'for_signature', version: 1, amendmentId: amendment.id })
    const signed = await signBoth(database.services, forSignature.id)
    expect(signed).toMatchObject({ kind: 'signed', amendmentId: amendment.id })
    const listed = await services.documents.list(agreement.id)
    expect(listed.amendments.map((entry) => entry.status)).toEqual(['signed'])
    expect((await services.agreements.get(agreement.id)).agreement.status).toBe('signed')
  })
})

describe('PDF export', () => {
  it('records the printed PDF as a version that verifies, and the Word version stays the one to sign', async () => {
    const printed: string[] = []
    const services = createAppServices({
      db: database.db,
      databasePath: join(database.folder, 'alliance-conventions.sqlite'),
      version: 'test',
      documentShell: {
        print: async () => undefined,
        printToPdf: async (html) => {
          printed.push(html)
          return Buffer.from(`%PDF-1.7 ${html.length}`)
        },
        showInFolder: async () => undefined
      }
    })
    const agreement = await readyAgreement(services, 'economic-cooperation')
    const docx = await services.documents.generate({ agreementId: agreement.id })
    const target = join(database.folder, 'export.pdf')
    const exported = await services.documents.exportPdf({ agreementId: agreement.id }, target)
    expect(exported.version).toMatchObject({ format: 'pdf', kind: 'for_signature', version: 2 })
    expect(printed[0]).toContain('Article 5 — Modalités de la coopération économique')
    const verified = await services.documents.verify({
      fileName: 'export.pdf',
      dataBase64: base64(readFileSync(target))
    })
    expect(verified.status).toBe('issued')
    const signed = await services.documents.sign({
      versionId: docx.id,
      place: 'Bordeaux',
      signatures: [
        {
          party: 'la-poste',
          method: 'drawn',
          signerName: 'Claire Martin',
          signerTitle: '',
          imageDataUrl: signatureDataUrl()
        }
      ]
    })
    expect(signed).toMatchObject({ kind: 'signed', version: 3 })
  })
})

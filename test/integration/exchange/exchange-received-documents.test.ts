import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { BundleManifest } from '../../../src-main/shared/exchange/bundle-manifest.schema'
import type { DocumentVersion } from '../../../src-main/shared/domain/document'
import { readyAgreement, signBoth, withOneCharacterChanged } from '../../support/document-fixtures'
import { openTempDatabase, type TempDatabase } from '../../support/temp-database'
import { expectImportWritesNothing, readZip } from './exchange-fixtures'
import { EXPORTING_COORDINATOR } from '../../support/agreement-fixtures'

/**
 * A coordinator issues and signs a convention, exports it; a colleague imports the bundle. On the colleague's
 * installation the received files must verify as authentic, name who issued them, and carry the signatures.
 */
describe('documents received in a bundle', () => {
  let source: TempDatabase
  let target: TempDatabase
  let manifest: BundleManifest
  let files: Map<string, Buffer>
  let forSignature: DocumentVersion
  let signed: DocumentVersion
  let reference: string
  let paperReference: string
  const SCANNED_COPY = Buffer.from('%PDF-1.4\n% copie papier signée, numérisée\n%%EOF\n')

  const exportAll = async (database: TempDatabase, name: string) => {
    const path = join(database.folder, name)
    await database.services.exchange.export({ selection: { kind: 'all' }, filePath: path })
    return path
  }
  const verify = (database: TempDatabase, bytes: Buffer) =>
    database.services.documents.verify({ fileName: 'convention.docx', dataBase64: bytes.toString('base64') })
  const bytesOf = (kind: 'for_signature' | 'signed' | 'signed_copy', of = reference) => {
    const document = manifest.documents.find(
      (entry) => entry.kind === kind && entry.agreementReference === of
    )
    return files.get(document?.path ?? '') as Buffer
  }
  const targetAgreementId = async (of = reference) =>
    (await target.services.agreements.search({ search: of })).rows[0]?.id ?? 0

  beforeAll(async () => {
    source = await openTempDatabase()
    target = await openTempDatabase()
    await source.services.settings.update({ coordinator: EXPORTING_COORDINATOR })
    const agreement = await readyAgreement(source.services, 'patronage')
    reference = agreement.reference
    forSignature = await source.services.documents.generate({ agreementId: agreement.id })
    signed = await signBoth(source.services, forSignature.id)
    // A second convention, signed on paper: its scanned copy travels too.
    const onPaper = await readyAgreement(source.services, 'social-innovation')
    paperReference = onPaper.reference
    await source.services.documents.attachScan({
      versionId: (await source.services.documents.generate({ agreementId: onPaper.id })).id,
      fileName: 'copie signée.pdf',
      dataBase64: SCANNED_COPY.toString('base64'),
      place: 'Pau',
      signedOn: '2026-11-27',
      signers: [
        { party: 'la-poste', signerName: 'Claire Martin', signerTitle: 'Directrice régionale' },
        { party: 'partner', signerName: 'Lucie Garnier', signerTitle: 'Présidente' }
      ]
    })
    const bundlePath = await exportAll(source, 'paquet.zip')
    files = await readZip(bundlePath)
    manifest = JSON.parse((files.get('manifest.json') as Buffer).toString('utf8')) as BundleManifest
    expect(await target.services.exchange.preview(bundlePath)).toMatchObject({
      documentCount: 4,
      newDocumentCount: 4
    })
    const outcome = await target.services.exchange.importFile({ filePath: bundlePath })
    expect(outcome).toMatchObject({ created: 2, documentsRecorded: 4, signaturesRecorded: 4 })
  }, 60_000)
  afterAll(async () => {
    await source.dispose()
    await target.dispose()
  })

  it('verifies the received files as received and intact, naming the sender and the key that signed the bundle', async () => {
    const forSignatureCheck = await verify(target, bytesOf('for_signature'))
    expect(forSignatureCheck).toMatchObject({
      status: 'issued',
      match: {
        reference,
        version: forSignature.version,
        kind: 'for_signature',
        issuedBy: 'Claire Dubois (Nouvelle-Aquitaine)'
      }
    })
    expect(forSignatureCheck.message).toMatch(
      /^Document reçu de Claire Dubois \(Nouvelle-Aquitaine\), intact depuis sa réception\s:\s.*signature vérifiée de son installation \(clé (?:[0-9A-F]{4} ){7}[0-9A-F]{4}\)\.$/
    )
    expect(forSignatureCheck.message).not.toMatch(/authentique/)
    const signedCheck = await verify(target, bytesOf('signed'))
    expect(signedCheck).toMatchObject({
      status: 'issued',
      match: { reference, version: signed.version, kind: 'signed' }
    })
  })

  it('verifies the scanned copy of a convention signed on paper, attached to its paper signatures', async () => {
    expect(bytesOf('signed_copy', paperReference)).toEqual(SCANNED_COPY)
    const check = await verify(target, SCANNED_COPY)
    expect(check.status).toBe('issued')
    expect(check.message).toContain(`Copie signée numérisée enregistrée pour la convention ${paperReference}`)
    const { signatures } = await target.services.documents.list(await targetAgreementId(paperReference))
    expect(
      signatures.map((signature) => [signature.signerName, signature.method, signature.imported])
    ).toEqual([
      ['Claire Martin', 'scanned', true],
      ['Lucie Garnier', 'scanned', true]
    ])
  })

  it('tells a modified copy of a received file from an unknown file', async () => {
    const modified = await verify(target, withOneCharacterChanged(bytesOf('signed')))
    expect(modified).toMatchObject({ status: 'modified', match: { reference, version: signed.version } })
    expect((await verify(target, Buffer.from('PK pas une convention'))).status).toBe('unknown')
  })

  it('lists the received versions and signatures on the agreement, with a history line naming the bundle', async () => {
    const agreementId = await targetAgreementId()
    const documents = await target.services.documents.list(agreementId)
    expect(
      documents.versions.map((version) => [version.version, version.kind, version.sha256, version.issuedBy])
    ).toEqual([
      [forSignature.version, 'for_signature', forSignature.sha256, 'Claire Dubois (Nouvelle-Aquitaine)'],
      [signed.version, 'signed', signed.sha256, 'Claire Dubois (Nouvelle-Aquitaine)']
    ])
    expect(documents.signatures).toEqual([
      expect.objectContaining({
        party: 'la-poste',
        signerName: 'Claire Martin',
        signerTitle: 'Directrice régionale',
        place: 'Bordeaux',
        imported: true
      }),
      expect.objectContaining({
        party: 'partner',
        signerName: 'Bernard Lafitte',
        signerTitle: 'Président',
        imported: true
      })
    ])
    expect(documents.signatures.every((signature) => signature.documentSha256 === forSignature.sha256)).toBe(
      true
    )
    const history = await target.services.agreements.history(agreementId)
    expect(history.map((entry) => entry.summary)).toContainEqual(
      expect.stringMatching(
        /^Documents reçus du fichier d'échange du \d\d\/\d\d\/\d{4} de Claire Dubois \(Nouvelle-Aquitaine\), signé par la clé (?:[0-9A-F]{4} ){7}[0-9A-F]{4}, lot [0-9a-f]{8} : version 1 \(pour signature\), version 2 \(signée\)\.$/
      )
    )
  })

  it('changes nothing when the same bundle is imported again, or when it comes back where it was made', async () => {
    expect(await target.services.exchange.preview(join(source.folder, 'paquet.zip'))).toMatchObject({
      documentCount: 4,
      newDocumentCount: 0
    })
    await expectImportWritesNothing(target, join(source.folder, 'paquet.zip'))
    await expectImportWritesNothing(source, await exportAll(target, 'retour.zip'))
  })

  it('refuses to sign a received version: what is signed here is rendered here', async () => {
    const { versions } = await target.services.documents.list(await targetAgreementId())
    const received = versions.find((version) => version.kind === 'for_signature')
    await expect(signBoth(target.services, received?.id ?? 0)).rejects.toMatchObject({
      code: 'CONFLICT',
      message: expect.stringContaining('reçue d’une autre installation')
    })
  })

  it('issues the next version here without colliding with the received numbers', async () => {
    const agreementId = await targetAgreementId()
    const next = await target.services.documents.generate({ agreementId })
    expect(next).toMatchObject({ version: signed.version + 1, kind: 'signed', issuedBy: null })
    expect((await verify(target, bytesOf('signed'))).status).toBe('issued')
  })
})

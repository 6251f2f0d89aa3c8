import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Amendment } from '../../../src-main/shared/domain/document'
import type { BundleManifest } from '../../../src-main/shared/exchange/bundle-manifest.schema'
import { EXPORTING_COORDINATOR } from '../../support/agreement-fixtures'
import { amendRemuneration, readyAgreement, signBoth } from '../../support/document-fixtures'
import { openTempDatabase, type TempDatabase } from '../../support/temp-database'
import { expectImportWritesNothing, readZip, sha256 as sha256Of } from './exchange-fixtures'

/**
 * An amendment changes what binds the parties: it travels with its agreement, its files and its signatures. Drafted
 * on one side and received by the other, then signed and received again, it replaces the draft there.
 */
describe('amendments in a bundle', () => {
  let source: TempDatabase
  let target: TempDatabase
  let reference: string
  let sourceAgreementId: number
  let amendment: Amendment

  const exportAll = async (name: string) => {
    const path = join(source.folder, name)
    await source.services.exchange.export({ selection: { kind: 'all' }, filePath: path })
    return path
  }
  const targetDocuments = async () => {
    const [row] = (await target.services.agreements.search({ search: reference })).rows
    return target.services.documents.list(row?.id ?? 0)
  }

  beforeAll(async () => {
    source = await openTempDatabase()
    target = await openTempDatabase()
    await source.services.settings.update({ coordinator: EXPORTING_COORDINATOR })
    const agreement = await readyAgreement(source.services, 'economic-cooperation')
    reference = agreement.reference
    sourceAgreementId = agreement.id
    await signBoth(
      source.services,
      (await source.services.documents.generate({ agreementId: agreement.id })).id
    )
    amendment = await amendRemuneration(source.services, agreement.id)
  }, 60_000)
  afterAll(async () => {
    await source.dispose()
    await target.dispose()
  })

  it('a draft amendment travels with its agreement, its terms and reason intact', async () => {
    const bundle = await exportAll('brouillon.zip')
    expect(await target.services.exchange.preview(bundle)).toMatchObject({ newDocumentCount: 2 })
    const outcome = await target.services.exchange.importFile({ filePath: bundle })
    expect(outcome).toMatchObject({
      created: 1,
      amendmentsRecorded: 1,
      documentsRecorded: 2,
      signaturesRecorded: 2
    })
    const { amendments } = await targetDocuments()
    expect(amendments).toEqual([
      expect.objectContaining({
        number: 1,
        reference: `${reference}-A1`,
        status: 'draft',
        reason: 'Hausse de la rémunération',
        effectiveDate: '2030-07-01',
        changes: amendment.changes
      })
    ])
  })

  it('signed on the exporting side, it replaces the draft here; its files verify and its signatures are listed', async () => {
    const forSignature = await source.services.documents.generate({
      agreementId: sourceAgreementId,
      amendmentId: amendment.id
    })
    const signed = await signBoth(source.services, forSignature.id)
    const bundle = await exportAll('signe.zip')
    const manifest = JSON.parse(
      ((await readZip(bundle)).get('manifest.json') as Buffer).toString('utf8')
    ) as BundleManifest
    const amendmentFiles = manifest.documents.filter((document) => document.amendmentNumber === 1)
    expect(amendmentFiles.map((document) => document.path).sort()).toEqual([
      `documents/${reference}-A1/for_signature-v1.docx`,
      `documents/${reference}-A1/signed-v2.docx`
    ])

    expect(await target.services.exchange.preview(bundle)).toMatchObject({ newDocumentCount: 2 })
    const outcome = await target.services.exchange.importFile({ filePath: bundle })
    expect(outcome).toMatchObject({ amendmentsRecorded: 1, documentsRecorded: 2, signaturesRecorded: 2 })
    const documents = await targetDocuments()
    expect(documents.amendments.map((entry) => [entry.number, entry.status])).toEqual([[1, 'signed']])
    const amendmentId = documents.amendments[0]?.id
    expect(
      documents.versions
        .filter((version) => version.amendmentId === amendmentId)
        .map((version) => [version.version, version.kind, version.sha256])
    ).toEqual([
      [1, 'for_signature', forSignature.sha256],
      [2, 'signed', signed.sha256]
    ])
    expect(documents.signatures.filter((signature) => signature.amendmentId === amendmentId)).toHaveLength(2)
    const signedBytes = (await readZip(bundle)).get(`documents/${reference}-A1/signed-v2.docx`) as Buffer
    const check = await target.services.documents.verify({
      fileName: 'avenant.docx',
      dataBase64: signedBytes.toString('base64')
    })
    expect(check).toMatchObject({
      status: 'issued',
      match: { reference: `${reference}-A1`, version: 2, kind: 'signed' }
    })

    await expectImportWritesNothing(target, bundle)
  })

  it('an amendment written here under the same number is kept, and the other side’s files are not put on it', async () => {
    // A second convention, received signed; both sides then write their own amendment n° 1.
    const other = await readyAgreement(source.services, 'patronage')
    await signBoth(source.services, (await source.services.documents.generate({ agreementId: other.id })).id)
    const colleague = await openTempDatabase()
    try {
      await colleague.services.exchange.importFile({ filePath: await exportAll('deuxieme.zip') })
      const [received] = (await colleague.services.agreements.search({ search: other.reference })).rows
      const changes = [
        { articleNumber: 5, articleTitle: 'Durée', newText: 'La convention est prolongée d’un an.' }
      ]
      await colleague.services.documents.createAmendment({
        agreementId: received?.id ?? 0,
        reason: 'Prolongation',
        effectiveDate: null,
        changes
      })
      const theirs = await source.services.documents.createAmendment({
        agreementId: other.id,
        reason: 'Nouveau lieu de formation',
        effectiveDate: null,
        changes: [{ articleNumber: 4, articleTitle: 'Modalités', newText: 'Les formations ont lieu à Pau.' }]
      })
      const theirSigned = await signBoth(
        source.services,
        (await source.services.documents.generate({ agreementId: other.id, amendmentId: theirs.id })).id
      )
      const bundle = await exportAll('troisieme.zip')

      expect(await colleague.services.exchange.preview(bundle)).toMatchObject({
        amendmentsKept: [`${other.reference}-A1`]
      })
      const outcome = await colleague.services.exchange.importFile({ filePath: bundle })
      expect(outcome).toMatchObject({
        amendmentsRecorded: 0,
        amendmentsKept: [`${other.reference}-A1`],
        documentsRecorded: 0,
        signaturesRecorded: 0
      })
      const documents = await colleague.services.documents.list(received?.id ?? 0)
      expect(documents.amendments.map((entry) => [entry.number, entry.reason, entry.changes])).toEqual([
        [1, 'Prolongation', changes]
      ])
      expect(documents.versions.filter((version) => version.amendmentId !== null)).toEqual([])
      const theirFile = (await readZip(bundle)).get(
        `documents/${other.reference}-A1/signed-v2.docx`
      ) as Buffer
      expect(sha256Of(theirFile)).toBe(theirSigned.sha256)
      const check = await colleague.services.documents.verify({
        fileName: 'avenant.docx',
        dataBase64: theirFile.toString('base64')
      })
      expect(check.status).toBe('unknown')
      await expectImportWritesNothing(colleague, bundle)
    } finally {
      await colleague.dispose()
    }
  })
})

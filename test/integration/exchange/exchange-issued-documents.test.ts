import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { BundleManifest } from '../../../src-main/shared/exchange/bundle-manifest.schema'
import { readyAgreement, signBoth } from '../../support/document-fixtures'
import { openTempDatabase, type TempDatabase } from '../../support/temp-database'
import { readZip, sha256 } from './exchange-fixtures'

describe('export bundles carry the documents the app issued', () => {
  let database: TempDatabase
  beforeEach(async () => {
    database = await openTempDatabase()
  })
  afterEach(async () => {
    await database.dispose()
  })

  it('ships the latest for-signature Word file of each agreement, with its recorded fingerprint', async () => {
    const { services } = database
    const agreement = await readyAgreement(services, 'social-innovation')
    await services.documents.generate({ agreementId: agreement.id })
    const latest = await services.documents.generate({ agreementId: agreement.id })
    const bundlePath = join(database.folder, 'paquet.zip')
    await services.exchange.export({ selection: { kind: 'ids', ids: [agreement.id] }, filePath: bundlePath })

    const files = await readZip(bundlePath)
    const manifest = JSON.parse((files.get('manifest.json') as Buffer).toString('utf8')) as BundleManifest
    expect(manifest.documents).toHaveLength(1)
    const [document] = manifest.documents
    expect(document).toMatchObject({
      agreementReference: agreement.reference,
      kind: 'for_signature',
      version: latest.version
    })
    expect(document?.sha256).toBe(latest.sha256)
    expect(sha256(files.get(document?.path ?? '') as Buffer)).toBe(latest.sha256)
  })

  it('lists who signed, for which party, when, where and how, with the fingerprint of the version signed', async () => {
    const { services } = database
    const agreement = await readyAgreement(services, 'patronage')
    const forSignature = await services.documents.generate({ agreementId: agreement.id })
    await signBoth(services, forSignature.id)
    const manifestOf = async (anonymised: boolean) => {
      const bundlePath = join(database.folder, `paquet-${anonymised}.zip`)
      await services.exchange.export({
        selection: { kind: 'ids', ids: [agreement.id] },
        filePath: bundlePath,
        anonymised
      })
      return JSON.parse(
        ((await readZip(bundlePath)).get('manifest.json') as Buffer).toString('utf8')
      ) as BundleManifest
    }

    const manifest = await manifestOf(false)
    expect(manifest.agreements[0]?.signatures).toEqual([
      expect.objectContaining({
        party: 'la-poste',
        signerName: 'Claire Martin',
        signerTitle: 'Directrice régionale',
        place: 'Bordeaux',
        method: 'drawn',
        documentSha256: forSignature.sha256
      }),
      expect.objectContaining({
        party: 'partner',
        signerName: 'Bernard Lafitte',
        method: 'drawn',
        documentSha256: forSignature.sha256
      })
    ])
    expect(manifest.documents.map((document) => document.kind).sort()).toEqual(['for_signature', 'signed'])

    const anonymous = await manifestOf(true)
    expect(anonymous.documents).toEqual([])
    expect(
      [...(await readZip(join(database.folder, 'paquet-true.zip'))).keys()].filter((name) =>
        name.startsWith('documents/')
      )
    ).toEqual([])
    expect(
      anonymous.agreements[0]?.signatures.map((signature) => [signature.signerName, signature.signerTitle])
    ).toEqual([
      ['Claire Martin', 'Directrice régionale'],
      ['', '']
    ])
  })
})

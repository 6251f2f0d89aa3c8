import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { EXPORTING_COORDINATOR } from '../../support/agreement-fixtures'
import { readyAgreement } from '../../support/document-fixtures'
import { signatureDataUrl } from '../../support/png'
import { openTempDatabase, type TempDatabase } from '../../support/temp-database'
import { readZip } from './exchange-fixtures'
import type { BundleManifest } from '../../../src-main/shared/exchange/bundle-manifest.schema'

/** A signature typed at the keyboard (no drawing) travels as typed: the other side never shows it as drawn. */
describe('a typed signature through a bundle', () => {
  let source: TempDatabase
  let target: TempDatabase
  let reference: string
  let manifest: BundleManifest

  beforeAll(async () => {
    source = await openTempDatabase()
    target = await openTempDatabase()
    await source.services.settings.update({ coordinator: EXPORTING_COORDINATOR })
    const agreement = await readyAgreement(source.services, 'patronage')
    reference = agreement.reference
    const version = await source.services.documents.generate({ agreementId: agreement.id })
    await source.services.documents.sign({
      versionId: version.id,
      place: 'Bordeaux',
      signatures: [
        {
          party: 'la-poste',
          method: 'typed',
          signerName: 'Claire Martin',
          signerTitle: 'Directrice régionale',
          imageDataUrl: signatureDataUrl()
        },
        {
          party: 'partner',
          method: 'drawn',
          signerName: 'Bernard Lafitte',
          signerTitle: 'Président',
          imageDataUrl: signatureDataUrl(240, 80)
        }
      ]
    })
    const bundle = join(source.folder, 'paquet.zip')
    await source.services.exchange.export({ selection: { kind: 'all' }, filePath: bundle })
    manifest = JSON.parse(
      ((await readZip(bundle)).get('manifest.json') as Buffer).toString('utf8')
    ) as BundleManifest
    await target.services.exchange.importFile({ filePath: bundle })
  }, 60_000)
  afterAll(async () => {
    await source.dispose()
    await target.dispose()
  })

  it('is written typed in the manifest and recorded typed on the receiving installation', async () => {
    expect(
      manifest.agreements[0]?.signatures.map((signature) => [signature.party, signature.method])
    ).toEqual([
      ['la-poste', 'typed'],
      ['partner', 'drawn']
    ])
    const agreementId = (await target.services.agreements.search({ search: reference })).rows[0]?.id ?? 0
    const { signatures } = await target.services.documents.list(agreementId)
    expect(
      signatures.map((signature) => [signature.signerName, signature.method, signature.imported])
    ).toEqual([
      ['Claire Martin', 'typed', true],
      ['Bernard Lafitte', 'drawn', true]
    ])
    expect((await target.services.agreements.get(agreementId)).agreement.status).toBe('signed')
  })
})

import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SIGNATURE_NAME } from '../../../src-main/services/trust/bundle-signature'
import { installationKey } from '../../../src-main/services/trust/installation-key'
import { formatFingerprint } from '../../../src-main/shared/exchange/bundle-sender'
import { EXPORTING_COORDINATOR } from '../../support/agreement-fixtures'
import { databaseFingerprint } from '../../support/database-fingerprint'
import { readyAgreement } from '../../support/document-fixtures'
import { openTempDatabase, type TempDatabase } from '../../support/temp-database'
import { cli, readZip, writeZip } from './exchange-fixtures'
import { forgeBundle } from './forge-fixtures'

/**
 * Every export is signed by its installation's own key; the importing installation shows who signed, trusts a key
 * the first time it sees it, warns when a sender it knows comes with another key, and asks for confirmation then, as
 * for a bundle without signature.
 */
describe('who signed a bundle, and whether this installation knows their key', () => {
  let claire: TempDatabase
  let impostor: TempDatabase
  let colleague: TempDatabase
  let first: string
  const exportFrom = async (database: TempDatabase, name: string) => {
    const path = join(database.folder, name)
    await database.services.exchange.export({ selection: { kind: 'all' }, filePath: path })
    return path
  }

  beforeAll(async () => {
    claire = await openTempDatabase()
    impostor = await openTempDatabase()
    colleague = await openTempDatabase()
    for (const database of [claire, impostor])
      await database.services.settings.update({ coordinator: EXPORTING_COORDINATOR })
    await readyAgreement(claire.services, 'patronage')
    // Its first convention has the reference of Claire's (refused: ready for signature here); the second is new.
    await readyAgreement(impostor.services, 'social-innovation')
    await readyAgreement(impostor.services, 'patronage')
    first = await exportFrom(claire, 'premier.zip')
  }, 60_000)
  afterAll(async () => {
    for (const database of [claire, impostor, colleague]) await database.dispose()
  })

  it('an export carries the Ed25519 signature of its installation over the manifest', async () => {
    const files = await readZip(first)
    const signature = JSON.parse((files.get(SIGNATURE_NAME) as Buffer).toString('utf8')) as Record<
      string,
      string
    >
    expect(signature).toMatchObject({ format: 'alliance-conventions-signature', algorithm: 'Ed25519' })
    const key = await installationKey(claire.db)
    expect(Buffer.from(signature['publicKey'] as string, 'base64')).toEqual(key.publicKey)
  })

  it('first bundle: a new key, shown with its fingerprint and trusted on import; the next one is known', async () => {
    const key = await installationKey(claire.db)
    const preview = await colleague.services.exchange.preview(first)
    expect(preview.sender).toEqual({
      name: 'Claire Dubois',
      region: 'Nouvelle-Aquitaine',
      fingerprint: key.fingerprint,
      status: 'new',
      acceptedAt: null,
      previousFingerprints: [],
      needsConfirmation: false
    })
    expect(formatFingerprint(key.fingerprint)).toMatch(/^([0-9A-F]{4} ){7}[0-9A-F]{4}$/)
    await colleague.services.exchange.importFile({ filePath: first })
    const second = await exportFrom(claire, 'second.zip')
    expect((await colleague.services.exchange.preview(second)).sender).toMatchObject({
      status: 'known',
      acceptedAt: expect.any(String),
      needsConfirmation: false
    })
  })

  it('a known sender under another key: a warning, and nothing imported until the coordinator confirms', async () => {
    const claireKey = await installationKey(claire.db)
    const forged = await exportFrom(impostor, 'imposteur.zip')
    const preview = await colleague.services.exchange.preview(forged)
    expect(preview.sender).toMatchObject({
      name: 'Claire Dubois',
      status: 'changed',
      fingerprint: (await installationKey(impostor.db)).fingerprint,
      previousFingerprints: [claireKey.fingerprint],
      needsConfirmation: true
    })
    const before = await databaseFingerprint(colleague.db)
    await expect(colleague.services.exchange.importFile({ filePath: forged })).rejects.toThrow(
      /^La clé de signature de Claire Dubois \(Nouvelle-Aquitaine\) a changé depuis le dernier fichier reçu \(nouvelle empreinte ([0-9A-F]{4} ){7}[0-9A-F]{4}\) : vérifiez-la avec l'expéditeur, puis confirmez l'import\.$/
    )
    const refused = await cli(colleague.file, 'exchange', 'import', forged)
    expect(refused.code).toBe(1)
    expect(refused.err).toMatch(/a changé depuis le dernier fichier reçu/)
    expect(await databaseFingerprint(colleague.db)).toEqual(before)

    const accepted = await cli(colleague.file, 'exchange', 'import', forged, '--accept-sender')
    expect(accepted.code, accepted.err).toBe(0)
    expect((await colleague.services.exchange.preview(forged)).sender.status).toBe('known')
  })

  it('an unsigned bundle needs confirmation too, and its files are only « reçus », not vouched for', async () => {
    const signed = await readyAgreement(claire.services, 'economic-cooperation')
    const version = await claire.services.documents.generate({ agreementId: signed.id })
    const bundle = await forgeBundle(
      await exportFrom(claire, 'troisieme.zip'),
      { signWith: null },
      'sans-signature.zip'
    )
    const target = await openTempDatabase()
    try {
      expect((await target.services.exchange.preview(bundle)).sender).toMatchObject({
        status: 'unsigned',
        fingerprint: null,
        needsConfirmation: true
      })
      await expect(target.services.exchange.importFile({ filePath: bundle })).rejects.toThrow(
        /^Ce fichier d'échange n'est pas signé : rien ne garantit qu'il vient de Claire Dubois \(Nouvelle-Aquitaine\)\./
      )
      await target.services.exchange.importFile({ filePath: bundle, acceptSender: true })
      const bytes = (await readZip(bundle)).get(
        `documents/${signed.reference}/for_signature-v${version.version}.docx`
      ) as Buffer
      const check = await target.services.documents.verify({
        fileName: 'x.docx',
        dataBase64: bytes.toString('base64')
      })
      expect(check.message).toMatch(
        /^Document reçu de Claire Dubois \(Nouvelle-Aquitaine\), intact depuis sa réception\s:\s.*n’était pas signé\s:\sson origine n’a pas pu être vérifiée\.$/
      )
    } finally {
      await target.dispose()
    }
  })

  it('a signature file that is not one: the bundle is refused', async () => {
    const bundle = await forgeBundle(first, { signWith: 'keep' }, 'signature-illisible.zip')
    const files = await readZip(bundle)
    files.set(SIGNATURE_NAME, Buffer.from('{"format":"autre"}'))
    const path = join(colleague.folder, 'illisible.zip')
    writeFileSync(path, await writeZip([...files].map(([name, data]) => ({ name, data }))))
    await expect(colleague.services.exchange.preview(path)).rejects.toThrow(
      /^Fichier d'échange refusé : signature\.json n'est pas une signature reconnue\.$/
    )
  })
})

import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { BundleManifest } from '../../../src-main/shared/exchange/bundle-manifest.schema'
import { databaseFingerprint } from '../../support/database-fingerprint'
import { readyAgreement, signBoth, withOneCharacterChanged } from '../../support/document-fixtures'
import { openTempDatabase, type TempDatabase } from '../../support/temp-database'
import { readZip } from './exchange-fixtures'
import { forgeBundle, listedFile, strangerKey } from './forge-fixtures'

/**
 * The coordinator's own bundle, intercepted, changed and re-signed by someone else's installation, then sent back as
 * coming from « Direction nationale ». A signed convention is never rewritten, never given a forged signed file;
 * a conflict settled « garder la mienne » keeps the bundle's files out; where the import refuses, the database is
 * byte for byte what it was.
 */
describe('forged documents and rewritten agreements in re-signed bundles', () => {
  let victim: TempDatabase
  let valid: string
  let manifest: BundleManifest
  let files: Map<string, Buffer>
  let signedReference: string
  let signedId: number
  let draftReference: string
  let draftId: number
  const attacker = strangerKey()
  const asNationalDirection = (forged: BundleManifest): BundleManifest => ({
    ...forged,
    exportedBy: { ...forged.exportedBy, name: 'Direction nationale', region: 'Siège' }
  })
  const fileOf = (reference: string, kind: string) => {
    const document = manifest.documents.find(
      (entry) => entry.agreementReference === reference && entry.kind === kind
    )
    return { document, bytes: files.get(document?.path ?? '') as Buffer }
  }
  const verify = (bytes: Buffer) =>
    victim.services.documents.verify({ fileName: 'convention.docx', dataBase64: bytes.toString('base64') })

  beforeAll(async () => {
    victim = await openTempDatabase()
    const signedAgreement = await readyAgreement(victim.services, 'economic-cooperation')
    signedReference = signedAgreement.reference
    signedId = signedAgreement.id
    await signBoth(victim.services, (await victim.services.documents.generate({ agreementId: signedId })).id)
    const draft = await readyAgreement(victim.services, 'patronage')
    draftReference = draft.reference
    draftId = draft.id
    await victim.services.documents.generate({ agreementId: draftId })
    valid = join(victim.folder, 'envoi.zip')
    await victim.services.exchange.export({ selection: { kind: 'all' }, filePath: valid })
    files = await readZip(valid)
    manifest = JSON.parse((files.get('manifest.json') as Buffer).toString('utf8')) as BundleManifest
  }, 60_000)
  afterAll(async () => {
    await victim.dispose()
  })

  it('a forged signed Word file (amount × 10) for a convention signed here is refused and never verifies', async () => {
    const { document, bytes } = fileOf(signedReference, 'signed')
    if (!document) throw new Error('no signed file in the bundle')
    const forged = withOneCharacterChanged(bytes)
    const path = `documents/${signedReference}/signed-v9.docx`
    const bundle = await forgeBundle(
      valid,
      {
        manifest: (original) =>
          asNationalDirection({
            ...original,
            documents: [...original.documents, { ...document, ...listedFile(path, forged), version: 9 }],
            agreements: original.agreements.map((agreement) =>
              agreement.reference === signedReference
                ? {
                    ...agreement,
                    signatures: [
                      ...agreement.signatures,
                      {
                        ...(agreement.signatures[0] as (typeof agreement.signatures)[number]),
                        documentSha256: listedFile(path, forged).sha256
                      }
                    ]
                  }
                : agreement
            )
          }),
        files: { [path]: forged },
        signWith: attacker
      },
      'document-force.zip'
    )
    const preview = await victim.services.exchange.preview(bundle)
    expect(preview.sender).toMatchObject({
      name: 'Direction nationale',
      status: 'new',
      fingerprint: attacker.fingerprint
    })
    expect(preview.newDocumentCount).toBe(0)
    expect(preview.refused).toEqual(
      expect.arrayContaining([
        { subject: `Document « ${path} »`, reasons: [expect.stringMatching(/est signée ici/)] },
        expect.objectContaining({
          subject: expect.stringMatching(new RegExp(`^Signature de .*\\(${signedReference}\\)$`))
        })
      ])
    )
    const before = await databaseFingerprint(victim.db)
    const outcome = await victim.services.exchange.importFile({ filePath: bundle })
    expect(outcome).toMatchObject({ documentsRecorded: 0, signaturesRecorded: 0, backupName: null })
    expect(await databaseFingerprint(victim.db)).toEqual(before)
    const check = await verify(forged)
    expect(check.status).not.toBe('issued')
    expect(check.message).not.toMatch(/authentique|Direction nationale/)
    // The next export does not pass it on.
    const next = join(victim.folder, 'suivant.zip')
    await victim.services.exchange.export({ selection: { kind: 'all' }, filePath: next })
    const shipped = [...(await readZip(next)).values()]
    expect(shipped.some((data) => data.equals(forged))).toBe(false)
  })

  it('a bundle claiming the victim’s hash as its base cannot take a signed convention back to draft', async () => {
    const current = manifest.agreements.find((agreement) => agreement.reference === signedReference)
    if (!current) throw new Error('not exported')
    const bundle = await forgeBundle(
      valid,
      {
        manifest: (original) =>
          asNationalDirection({
            ...original,
            agreements: original.agreements.map((agreement) =>
              agreement.reference === signedReference
                ? {
                    ...agreement,
                    status: 'draft',
                    baseHash: current.contentHash,
                    content: {
                      ...agreement.content,
                      terms: agreement.content.terms && {
                        ...agreement.content.terms,
                        remunerationAmountCents: 450_000
                      }
                    } as typeof agreement.content
                  }
                : agreement
            )
          }),
        signWith: attacker
      },
      'reecriture.zip'
    )
    const preview = await victim.services.exchange.preview(bundle)
    expect(preview.rows.map((row) => row.reference)).not.toContain(signedReference)
    expect(preview.refused).toContainEqual({
      subject: `Convention ${signedReference}`,
      reasons: [
        expect.stringMatching(
          /^elle est signée ici et ne change que par avenant ; le fichier la réécrit \(statut, modalités\)\.$/
        )
      ]
    })
    const before = await databaseFingerprint(victim.db)
    for (const choice of ['keep', 'take'] as const)
      expect(
        await victim.services.exchange.importFile({ filePath: bundle, defaultChoice: choice })
      ).toMatchObject({ created: 0, updated: 0, documentsRecorded: 0, backupName: null, refused: 1 })
    expect(await databaseFingerprint(victim.db)).toEqual(before)
    expect((await victim.services.agreements.get(signedId)).agreement.status).toBe('signed')
  })

  it('« garder la mienne » keeps the bundle’s files out, even new ones', async () => {
    // Both sides change the convention ready for signature: a conflict.
    await victim.services.agreements.transition({ id: draftId, to: 'draft' })
    await victim.services.agreements.saveDraft({ id: draftId, changes: { title: 'Titre revu ici' } })
    const { document, bytes } = fileOf(draftReference, 'for_signature')
    if (!document) throw new Error('no file for signature in the bundle')
    const forged = withOneCharacterChanged(bytes)
    const path = `documents/${draftReference}/for_signature-v7.docx`
    const bundle = await forgeBundle(
      valid,
      {
        manifest: (original) => ({
          ...original,
          documents: [...original.documents, { ...document, ...listedFile(path, forged), version: 7 }],
          agreements: original.agreements.map((agreement) =>
            agreement.reference === draftReference
              ? { ...agreement, content: { ...agreement.content, title: 'Titre imposé par le fichier' } }
              : agreement
          )
        }),
        files: { [path]: forged },
        signWith: attacker
      },
      'conflit.zip'
    )
    const preview = await victim.services.exchange.preview(bundle)
    expect(preview.rows.find((row) => row.reference === draftReference)?.category).toBe('conflict')
    const outcome = await victim.services.exchange.importFile({
      filePath: bundle,
      choices: { [draftReference]: 'keep' }
    })
    expect(outcome).toMatchObject({ kept: 1, documentsRecorded: 0, signaturesRecorded: 0 })
    expect((await victim.services.agreements.get(draftId)).agreement.title).toBe('Titre revu ici')
    expect(
      (await victim.services.documents.list(draftId)).versions.map((version) => version.sha256)
    ).not.toContain(listedFile(path, forged).sha256)
    expect((await verify(forged)).status).not.toBe('issued')
  })

  it('the original signature kept on a changed manifest: refused, nothing written', async () => {
    const bundle = await forgeBundle(
      valid,
      {
        manifest: (original) => ({ ...original, selection: 'Toutes les conventions (modifié)' }),
        signWith: 'keep'
      },
      'signature-gardee.zip'
    )
    const before = await databaseFingerprint(victim.db)
    await expect(victim.services.exchange.importFile({ filePath: bundle })).rejects.toThrow(
      /^Fichier d'échange refusé : la signature ne correspond pas au contenu : le fichier a été modifié après avoir été signé\.$/
    )
    expect(await databaseFingerprint(victim.db)).toEqual(before)
  })

  it('a bundle cannot terminate a convention signed here without the date, reason and decider a termination needs', async () => {
    const current = manifest.agreements.find((agreement) => agreement.reference === signedReference)
    if (!current?.content.startDate) throw new Error('not exported with a start date')
    const terminated = (followUp: BundleManifest['agreements'][number]['followUp']) =>
      forgeBundle(
        valid,
        {
          manifest: (original) =>
            asNationalDirection({
              ...original,
              // Only the signed convention: the others are settled by earlier tests.
              agreements: original.agreements
                .filter((agreement) => agreement.reference === signedReference)
                .map((agreement) => ({
                  ...agreement,
                  status: 'terminated',
                  ...(followUp ? { followUp } : {})
                })),
              documents: original.documents.filter(
                (document) => document.agreementReference === signedReference
              )
            }),
          signWith: attacker
        },
        `resiliation-${followUp ? 'motivee' : 'nue'}.zip`
      )
    const bare = await terminated(undefined)
    expect((await victim.services.exchange.preview(bare)).refused).toContainEqual({
      subject: `Convention ${signedReference}`,
      reasons: ['elle arrive « résiliée » sans la date d’effet, le motif ni qui a décidé de la résiliation.']
    })
    const before = await databaseFingerprint(victim.db)
    await victim.services.exchange.importFile({ filePath: bare, defaultChoice: 'take' })
    expect(await databaseFingerprint(victim.db)).toEqual(before)
    expect((await victim.services.agreements.get(signedId)).agreement.status).toBe('signed')

    const early = await terminated({
      termination: { effectiveDate: '2000-01-01', reason: 'Avant le début', decidedBy: 'partner' },
      meetings: [],
      results: [],
      evaluation: null
    })
    expect((await victim.services.exchange.preview(early)).refused).toContainEqual({
      subject: `Convention ${signedReference}`,
      reasons: [
        'résiliation reçue : La résiliation ne peut pas prendre effet avant le début de la convention.'
      ]
    })

    const reasoned = await terminated({
      termination: {
        effectiveDate: current.content.startDate,
        reason: 'Cessation d’activité\u202e\u001b[2J du partenaire',
        decidedBy: 'partner'
      },
      meetings: [],
      results: [],
      evaluation: null
    })
    await victim.services.exchange.importFile({ filePath: reasoned, defaultChoice: 'take' })
    const followUp = await victim.services.followUp.get(signedId)
    expect(followUp.termination).toMatchObject({
      effectiveDate: current.content.startDate,
      reason: 'Cessation d’activité[2J du partenaire',
      decidedBy: 'partner'
    })
    expect((await victim.services.agreements.get(signedId)).agreement.status).toBe('terminated')
  })
})

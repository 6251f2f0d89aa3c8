import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type {
  BundleAgreement,
  BundleAmendmentChange,
  BundleManifest
} from '../../../src-main/shared/exchange/bundle-manifest.schema'
import { EXPORTING_COORDINATOR } from '../../support/agreement-fixtures'
import { openTempDatabase, type TempDatabase } from '../../support/temp-database'
import { signAmendment, signedConvention } from '../amendments/amendment-support'
import { expectImportWritesNothing } from './exchange-fixtures'
import { forgeBundle } from './forge-fixtures'

/**
 * A convention signed on both installations, then amended and the amendment signed on one side: the other takes it
 * through the bundle as its own signature would — the amendment checked by the amendment form's rules, the register
 * updated (end date), the history naming the amendment and the sender — and refuses any bundle whose amendment the
 * rules refuse or whose convention says more than its signed amendments.
 */
describe('structured amendments through the exchange bundle', () => {
  let source: TempDatabase
  let target: TempDatabase
  let reference: string
  let amended: string

  const exportAll = async (database: TempDatabase, name: string) => {
    const path = join(database.folder, name)
    await database.services.exchange.export({ selection: { kind: 'all' }, filePath: path })
    return path
  }
  const targetAgreement = async () => {
    const [row] = (await target.services.agreements.search({ search: reference })).rows
    return target.services.agreements.get(row?.id ?? 0)
  }
  const importForged = (filePath: string) =>
    target.services.exchange.importFile({ filePath, acceptSender: true })
  /** The genuine bundle changed as a forger would, its agreement's content and amendment n° 1 edited. */
  const forge = (name: string, edit: (agreement: BundleAgreement) => BundleAgreement): Promise<string> =>
    forgeBundle(
      amended,
      {
        manifest: (manifest: BundleManifest) => ({
          ...manifest,
          agreements: manifest.agreements.map((agreement) =>
            agreement.reference === reference ? edit(agreement) : agreement
          )
        })
      },
      name
    )
  const withFirstChanges = (agreement: BundleAgreement, changes: BundleAmendmentChange[]) => ({
    ...agreement,
    amendments: agreement.amendments.map((amendment) =>
      amendment.number === 1 ? { ...amendment, structuredChanges: changes } : amendment
    )
  })

  beforeAll(async () => {
    source = await openTempDatabase()
    target = await openTempDatabase()
    await source.services.settings.update({ coordinator: EXPORTING_COORDINATOR })
    // Signed on the exporting side (1 January 2030, twelve months, 1 500 € HT a month), then received signed here.
    const agreement = await signedConvention(source.services)
    reference = agreement.reference
    expect(
      await target.services.exchange.importFile({ filePath: await exportAll(source, 'signee.zip') })
    ).toMatchObject({ created: 1, refused: 0 })
    // Prolonged by six months (signed), then a raise drafted.
    const prolongation = await source.services.documents.amendments.create({
      agreementId: agreement.id,
      reason: 'Prolonger le Relais Poste de six mois',
      effectiveDate: null,
      changes: [{ kind: 'end-date', newEndDate: '2031-06-30' }]
    })
    await signAmendment(source.services, agreement.id, prolongation.id)
    await source.services.documents.amendments.create({
      agreementId: agreement.id,
      reason: 'Ouverture le samedi',
      effectiveDate: null,
      changes: [{ kind: 'amount', newAmountCents: 180_000, payments: null }]
    })
    amended = await exportAll(source, 'avenants.zip')
  }, 120_000)
  afterAll(async () => {
    await source.dispose()
    await target.dispose()
  })

  it('a prolongation that shortens the term is refused, and nothing is written', async () => {
    const bundle = await forge('raccourcie.zip', (agreement) => ({
      ...withFirstChanges(agreement, [{ kind: 'end-date', newEndDate: '2030-09-30' }]),
      content: { ...agreement.content, durationMonths: 9 }
    }))
    const preview = await target.services.exchange.preview(bundle)
    expect(preview.refused).toEqual([
      {
        subject: `Convention ${reference}`,
        reasons: [
          expect.stringMatching(
            /^elle est signée ici et ne change que par avenant ; l’avenant n° 1 est refusé : une prolongation reporte le terme : la convention se termine le 31\sdécembre\s2030, la nouvelle date doit être postérieure\.$/
          )
        ]
      }
    ])
    await expectImportWritesNothing(target, bundle, importForged)
    expect((await targetAgreement()).agreement.durationMonths).toBe(12)
  })

  it('a change aimed at a clause the convention does not have is refused, and nothing is written', async () => {
    const bundle = await forge('clause-absente.zip', (agreement) =>
      withFirstChanges(agreement, [
        { kind: 'end-date', newEndDate: '2031-06-30' },
        {
          kind: 'replace-clause',
          target: { articleKey: 'article-inconnu', clauseKey: null },
          text: 'Le Partenaire renonce à toute rémunération.'
        }
      ])
    )
    const preview = await target.services.exchange.preview(bundle)
    expect(preview.refused[0]?.reasons[0]).toContain('cet article n’existe pas dans la convention')
    await expectImportWritesNothing(target, bundle, importForged)
  })

  it('a signed convention changed beyond its signed amendments is refused, and nothing is written', async () => {
    const bundle = await forge('reecrite.zip', (agreement) => ({
      ...agreement,
      content: { ...agreement.content, title: 'Une autre convention' }
    }))
    const preview = await target.services.exchange.preview(bundle)
    expect(preview.refused[0]?.reasons[0]).toBe(
      'elle est signée ici et ne change que par avenant ; le fichier la réécrit au-delà de ses avenants signés (intitulé).'
    )
    await expectImportWritesNothing(target, bundle, importForged)
  })

  it('a term longer than the signed prolongation says is a rewrite: refused, nothing written', async () => {
    const bundle = await forge('plus-longue.zip', (agreement) => ({
      ...agreement,
      content: { ...agreement.content, durationMonths: 24 }
    }))
    const preview = await target.services.exchange.preview(bundle)
    expect(preview.refused[0]?.reasons[0]).toBe(
      'elle est signée ici et ne change que par avenant ; le fichier la réécrit au-delà de ses avenants signés (durée).'
    )
    await expectImportWritesNothing(target, bundle, importForged)
  })

  it('an amendment signed by someone it does not name is refused, and nothing is written', async () => {
    const bundle = await forge('signataire.zip', (agreement) => ({
      ...agreement,
      signatures: agreement.signatures.map((signature) =>
        signature.amendmentNumber === 1 && signature.party === 'la-poste'
          ? { ...signature, signerName: 'Bernard Lafitte' }
          : signature
      )
    }))
    const preview = await target.services.exchange.preview(bundle)
    expect(preview.refused[0]?.reasons[0]).toBe(
      'elle est signée ici et ne change que par avenant ; l’avenant n° 1 est signé par Bernard Lafitte, qu’il ne nomme pas.'
    )
    await expectImportWritesNothing(target, bundle, importForged)
  })

  it('a signed amendment without its structured changes (an older version) cannot change a signed convention', async () => {
    const bundle = await forge('ancienne-version.zip', (agreement) => ({
      ...agreement,
      amendments: agreement.amendments.map((amendment) => ({ ...amendment, structuredChanges: null }))
    }))
    const preview = await target.services.exchange.preview(bundle)
    expect(preview.refused[0]?.reasons[0]).toContain(
      'vient d’une version de l’application qui n’en transmet pas les modifications'
    )
    await expectImportWritesNothing(target, bundle, importForged)
  })

  it('an amendment only drafted does not explain a changed end date: refused, nothing written', async () => {
    const bundle = await forge('brouillon.zip', (agreement) => ({
      ...agreement,
      amendments: agreement.amendments.map((amendment) => ({
        ...amendment,
        status: 'draft' as const,
        signedAt: null
      }))
    }))
    const preview = await target.services.exchange.preview(bundle)
    expect(preview.refused[0]?.reasons[0]).toBe(
      'elle est signée ici et ne change que par avenant ; le fichier la réécrit (durée).'
    )
    await expectImportWritesNothing(target, bundle, importForged)
  })

  it('the signed prolongation is applied here: end date moved, the draft raise changes nothing, history names both', async () => {
    const preview = await target.services.exchange.preview(amended)
    expect(preview.refused).toEqual([])
    expect(preview.counts).toMatchObject({ updated: 1 })
    const outcome = await target.services.exchange.importFile({ filePath: amended })
    expect(outcome).toMatchObject({ updated: 1, amendmentsRecorded: 2, refused: 0 })

    const { agreement } = await targetAgreement()
    expect(agreement).toMatchObject({ status: 'signed', durationMonths: 18, endDate: '2031-06-30' })
    expect(agreement.terms).toMatchObject({ remunerationAmountCents: 150_000 })
    const [row] = (await target.services.agreements.search({ search: reference })).rows
    expect(row?.endDate).toBe('2031-06-30')

    const documents = await target.services.documents.list(agreement.id)
    expect(documents.amendments.map((each) => [each.number, each.status, each.structuredChanges])).toEqual([
      [1, 'signed', [{ kind: 'end-date', newEndDate: '2031-06-30' }]],
      [2, 'draft', [{ kind: 'amount', newAmountCents: 180_000, payments: null }]]
    ])
    const history = (await target.services.agreements.history(agreement.id)).map((entry) =>
      entry.summary.replace(/[\u00a0\u202f]/g, ' ')
    )
    expect(history).toContainEqual(
      expect.stringMatching(/^Avenant n° 1 signé reçu du fichier d'échange du .* de Claire Dubois/)
    )
    expect(history).toContain('Avenant n° 1 signé : la convention est mise à jour (fin le 30 juin 2031).')
  })

  it('importing the same bundle again, and the way back, writes nothing', async () => {
    expect((await target.services.exchange.preview(amended)).counts).toMatchObject({ identical: 1 })
    await expectImportWritesNothing(target, amended)
    await expectImportWritesNothing(source, await exportAll(target, 'retour.zip'), (filePath) =>
      source.services.exchange.importFile({ filePath, acceptSender: true })
    )
  })

  it('a draft amendment the form would refuse is refused too, though the convention is unchanged', async () => {
    const bundle = await forge('brouillon-faux.zip', (agreement) => ({
      ...agreement,
      amendments: [
        ...agreement.amendments,
        {
          ...(agreement.amendments[1] as BundleAgreement['amendments'][number]),
          number: 3,
          structuredChanges: [
            { kind: 'delete-clause', target: { articleKey: 'article-inconnu', clauseKey: null } }
          ]
        }
      ]
    }))
    const preview = await target.services.exchange.preview(bundle)
    expect(preview.refused[0]?.reasons[0]).toContain(
      'l’avenant n° 3 est refusé : cet article n’existe pas dans la convention, ou un avenant précédent l’a supprimé.'
    )
    await expectImportWritesNothing(target, bundle, importForged)
  })

  it('a convention new here arrives with its amendments: the signed one explains its register, each can be issued', async () => {
    const newcomer = await openTempDatabase()
    try {
      const outcome = await newcomer.services.exchange.importFile({ filePath: amended })
      expect(outcome).toMatchObject({ created: 1, amendmentsRecorded: 2, refused: 0 })
      const [row] = (await newcomer.services.agreements.search({ search: reference })).rows
      expect(row?.endDate).toBe('2031-06-30')
      const documents = await newcomer.services.documents.list(row?.id ?? 0)
      const [prolongation, raise] = documents.amendments
      expect([prolongation?.status, raise?.status]).toEqual(['signed', 'draft'])
      const text = await newcomer.services.documents.preview({
        agreementId: row?.id ?? 0,
        amendmentId: prolongation?.id ?? 0
      })
      expect(text.replace(/[\u00a0\u202f]/g, ' ')).toContain('31 décembre 2030')
    } finally {
      await newcomer.dispose()
    }
  })

  it('a convention new here whose signed amendment does not lead to its register is refused whole', async () => {
    const newcomer = await openTempDatabase()
    try {
      const bundle = await forge('registre-faux.zip', (agreement) => ({
        ...agreement,
        amendments: agreement.amendments.map((amendment) =>
          amendment.number === 1 && amendment.registerBefore
            ? { ...amendment, registerBefore: { ...amendment.registerBefore, durationMonths: 24 } }
            : amendment
        )
      }))
      const preview = await newcomer.services.exchange.preview(bundle)
      expect(preview.refused).toEqual([
        {
          subject: `Convention ${reference}`,
          reasons: [expect.stringContaining('une prolongation reporte le terme')]
        }
      ])
      await expectImportWritesNothing(newcomer, bundle, (filePath) =>
        newcomer.services.exchange.importFile({ filePath, acceptSender: true })
      )
    } finally {
      await newcomer.dispose()
    }
  })

  it('the draft raise, signed on the other side, replaces its draft here and the amount follows', async () => {
    const [sourceRow] = (await source.services.agreements.search({ search: reference })).rows
    const sourceId = sourceRow?.id ?? 0
    const raise = (await source.services.documents.list(sourceId)).amendments.find(
      (each) => each.number === 2
    )
    await signAmendment(source.services, sourceId, raise?.id ?? 0)
    const bundle = await exportAll(source, 'hausse.zip')
    expect(await target.services.exchange.importFile({ filePath: bundle })).toMatchObject({
      updated: 1,
      amendmentsRecorded: 1,
      refused: 0
    })
    const { agreement } = await targetAgreement()
    expect(agreement).toMatchObject({ durationMonths: 18, terms: { remunerationAmountCents: 180_000 } })
    const amendments = (await target.services.documents.list(agreement.id)).amendments
    expect(amendments.map((each) => [each.number, each.status])).toEqual([
      [1, 'signed'],
      [2, 'signed']
    ])
    expect((await target.services.exchange.preview(bundle)).counts).toMatchObject({ identical: 1 })
    await expectImportWritesNothing(target, bundle)
  })
})

describe('an amendment changing amount, indicators and La Poste’s signatory, through the bundle', () => {
  it('updates each in the register on the other side, as its signature did here', async () => {
    const source = await openTempDatabase()
    const target = await openTempDatabase()
    try {
      await source.services.settings.update({ coordinator: EXPORTING_COORDINATOR })
      const agreement = await signedConvention(source.services)
      const exportTo = async (name: string) => {
        const path = join(source.folder, name)
        await source.services.exchange.export({ selection: { kind: 'all' }, filePath: path })
        return path
      }
      await target.services.exchange.importFile({ filePath: await exportTo('signee.zip') })
      const amendment = await source.services.documents.amendments.create({
        agreementId: agreement.id,
        reason: 'Élargir le partenariat',
        effectiveDate: '2030-07-01',
        changes: [
          { kind: 'amount', newAmountCents: 180_000, payments: null },
          {
            kind: 'indicators',
            indicators: [{ label: 'Personnes accompagnées', target: 150, unit: 'personnes' }]
          },
          {
            kind: 'signatory',
            party: 'la-poste',
            name: 'Anne Etcheverry',
            title: 'Directrice régionale adjointe',
            contactId: null
          }
        ]
      })
      await signAmendment(source.services, agreement.id, amendment.id)
      const bundle = await exportTo('avenant.zip')
      expect(await target.services.exchange.importFile({ filePath: bundle })).toMatchObject({
        updated: 1,
        amendmentsRecorded: 1,
        refused: 0
      })
      const [row] = (await target.services.agreements.search({ search: agreement.reference })).rows
      const received = (await target.services.agreements.get(row?.id ?? 0)).agreement
      const sent = (await source.services.agreements.get(agreement.id)).agreement
      expect(received).toMatchObject({
        terms: { remunerationAmountCents: 180_000 },
        indicators: [{ label: 'Personnes accompagnées', target: 150, unit: 'personnes' }],
        laPosteSignatory: { name: 'Anne Etcheverry', title: 'Directrice régionale adjointe' }
      })
      expect(received.terms).toEqual(sent.terms)
      expect((await target.services.exchange.preview(bundle)).counts).toMatchObject({ identical: 1 })
    } finally {
      await source.dispose()
      await target.dispose()
    }
  })
})

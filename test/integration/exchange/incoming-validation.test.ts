import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { BundleManifest } from '../../../src-main/shared/exchange/bundle-manifest.schema'
import { databaseFingerprint } from '../../support/database-fingerprint'
import { openTempDatabase, type TempDatabase } from '../../support/temp-database'
import { cli, readZip, seedWithInjection } from './exchange-fixtures'
import { forgeBundle } from './forge-fixtures'

const CONTROL_OR_BIDI =
  // eslint-disable-next-line no-control-regex -- the characters this test hunts for
  /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200B-\u200F\u202A-\u202E\u2066-\u2069]/

/**
 * A bundle carrying data the partner form, the need form and the signing gate would refuse: each is refused with
 * its reason in the preview, nothing of it is stored, and what is valid in the same bundle is imported.
 */
describe('incoming data passes the same validators as local input', () => {
  let source: TempDatabase
  let valid: string
  let manifest: BundleManifest
  const referencesOf = (key: string) =>
    manifest.agreements
      .filter((agreement) => agreement.partnerKey === key)
      .map((agreement) => agreement.reference)

  beforeAll(async () => {
    source = await openTempDatabase()
    await seedWithInjection(source)
    valid = join(source.folder, 'valide.zip')
    await source.services.exchange.export({ selection: { kind: 'all' }, filePath: valid })
    manifest = JSON.parse(
      ((await readZip(valid)).get('manifest.json') as Buffer).toString('utf8')
    ) as BundleManifest
  }, 60_000)
  afterAll(async () => {
    await source.dispose()
  })

  it('refuses bad partners, a signed agreement without signature, and says why; imports the rest', async () => {
    const withPartners = manifest.partners.filter((partner) => referencesOf(partner.key).length > 0)
    expect(withPartners.length).toBeGreaterThanOrEqual(4)
    const [luhn, legalForm, postal, email] = withPartners.map((partner) => partner.key)
    const unsigned = manifest.agreements.find(
      (agreement) =>
        agreement.status === 'signed' && !referencesOf(luhn as string).includes(agreement.reference)
    )
    if (!unsigned) throw new Error('no signed agreement in the demo')
    const bundle = await forgeBundle(
      valid,
      {
        manifest: (original) => ({
          ...original,
          partners: original.partners.map((partner) => {
            if (partner.key === luhn) return { ...partner, siret: '12345678901234' }
            if (partner.key === legalForm) return { ...partner, legalForm: 'sarl-fantaisie' }
            if (partner.key === postal) return { ...partner, postalCode: 'ABCDE' }
            if (partner.key === email)
              return {
                ...partner,
                contacts: [
                  { name: 'X', role: null, email: 'javascript:alert(1)', phone: null, maySign: true }
                ]
              }
            return partner
          }),
          agreements: original.agreements.map((agreement) =>
            agreement.reference === unsigned.reference
              ? {
                  ...agreement,
                  signatures: [],
                  history: [
                    {
                      at: '2019-01-01T00:00:00.000Z',
                      kind: 'status',
                      fromStatus: 'ready_for_signature',
                      toStatus: 'signed',
                      summary: 'Signée en présence du préfet.'
                    }
                  ]
                }
              : agreement
          )
        })
      },
      'donnees-invalides.zip'
    )
    const target = await openTempDatabase()
    try {
      const preview = await target.services.exchange.preview(bundle)
      const reasonsOf = (subject: RegExp) =>
        preview.refused.find((item) => subject.test(item.subject))?.reasons.join(' ') ?? ''
      const nameOf = (key: string | undefined) =>
        manifest.partners.find((partner) => partner.key === key)?.name ?? ''
      expect(reasonsOf(new RegExp(`« ${escape(nameOf(luhn))} »`))).toMatch(/SIRET : Ce SIRET est invalide/)
      expect(reasonsOf(new RegExp(`« ${escape(nameOf(legalForm))} »`))).toMatch(
        /Forme juridique : Choisissez une forme juridique/
      )
      expect(reasonsOf(new RegExp(`« ${escape(nameOf(postal))} »`))).toMatch(
        /Code postal : Le code postal compte 5 chiffres/
      )
      expect(reasonsOf(new RegExp(`« ${escape(nameOf(email))} »`))).toMatch(
        /contact 1 \(email\) : Adresse e-mail invalide/
      )
      expect(reasonsOf(new RegExp(unsigned.reference))).toMatch(
        /arrive « signée » sans signature ni document signé/
      )
      for (const key of [luhn, legalForm, postal, email])
        for (const reference of referencesOf(key as string))
          expect(reasonsOf(new RegExp(reference))).toMatch(/son partenaire « .* » est refusé/)
      const refusedReferences = new Set(
        preview.refused.flatMap((item) => /^Convention (.*)$/.exec(item.subject)?.slice(1) ?? [])
      )
      expect(
        preview.rows.map((row) => row.reference).filter((reference) => refusedReferences.has(reference))
      ).toEqual([])

      const outcome = await target.services.exchange.importFile({ filePath: bundle })
      expect(outcome.created).toBe(manifest.agreements.length - refusedReferences.size)
      expect(outcome.refused).toBe(preview.refused.length)
      const partners = await target.db
        .selectFrom('partners')
        .select(['name', 'siret', 'postal_code'])
        .execute()
      expect(partners.map((partner) => partner.siret)).not.toContain('12345678901234')
      expect(partners.map((partner) => partner.postal_code)).not.toContain('ABCDE')
      const emails = await target.db.selectFrom('partner_contacts').select('email').execute()
      expect(emails.map((row) => row.email)).not.toContain('javascript:alert(1)')
      expect((await target.services.agreements.search({ search: unsigned.reference })).rows).toEqual([])
    } finally {
      await target.dispose()
    }
  })

  it('control and bidi characters never reach names, history, messages or the terminal', async () => {
    const first = manifest.agreements[0]
    if (!first) throw new Error('empty bundle')
    const bundle = await forgeBundle(
      valid,
      {
        manifest: (original) => ({
          ...original,
          exportedBy: { ...original.exportedBy, name: 'Direction\u202E nationale\u001b[2J\nImport terminé' },
          partners: original.partners.map((partner) => ({ ...partner, name: `${partner.name}\u2066\u000b` })),
          agreements: original.agreements.map((agreement) => ({
            ...agreement,
            content: { ...agreement.content, title: `${agreement.content.title}\u202Etxt.exe` },
            history: agreement.history.map((entry) => ({ ...entry, summary: `${entry.summary}\u001b[1A\r` }))
          }))
        })
      },
      'caracteres.zip'
    )
    const target = await openTempDatabase()
    try {
      const preview = await target.services.exchange.preview(bundle)
      expect(preview.sender.name).toBe('Direction nationale[2J Import terminé')
      expect(JSON.stringify(preview)).not.toMatch(CONTROL_OR_BIDI)
      const run = await cli(target.file, 'exchange', 'import', bundle, '--dry-run')
      expect(run.out + run.err).not.toMatch(CONTROL_OR_BIDI)
      await target.services.exchange.importFile({ filePath: bundle })
      for (const table of ['partners', 'agreements', 'agreement_history', 'local_needs'] as const) {
        const rows = await target.db.selectFrom(table).selectAll().execute()
        expect(JSON.stringify(rows)).not.toMatch(CONTROL_OR_BIDI)
      }
      // The sender's own history lines say whose they are.
      const id = (await target.services.agreements.search({ search: first.reference })).rows[0]?.id ?? 0
      const history = await target.services.agreements.history(id)
      expect(history.length).toBeGreaterThan(2)
      for (const { summary } of history)
        expect(summary).toMatch(
          /^(Selon Direction nationale\[2J Import terminé : |Importée depuis le fichier d'échange|Documents reçus du fichier d'échange)/
        )
    } finally {
      await target.dispose()
    }
  })

  it('a bundle refused as a whole writes nothing at all', async () => {
    const target = await openTempDatabase()
    try {
      const before = await databaseFingerprint(target.db)
      const bundle = await forgeBundle(
        valid,
        { manifest: (original) => ({ ...original, selection: 'x'.repeat(301) }) },
        'trop-long.zip'
      )
      await expect(target.services.exchange.importFile({ filePath: bundle })).rejects.toMatchObject({
        code: 'BUNDLE_REFUSED'
      })
      expect(await databaseFingerprint(target.db)).toEqual(before)
    } finally {
      await target.dispose()
    }
  })
})

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

import { existsSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { seedDemoData } from '../../src-main/services/demo/demo.service'
import type { DesktopPort } from '../../src-main/services/desktop/desktop-port'
import { signBoth } from '../support/document-fixtures'
import { closeBrowser, shown, startE2eApp } from '../support/e2e-bridge'
import { makeTempFolder, openTempDatabase } from '../support/temp-database'

/** The native dialogs answer fixed paths, as a user picking files would. */
function fixedDesktop(save: string, open: () => string): DesktopPort {
  return { chooseSavePath: async () => save, chooseOpenPath: async () => open() }
}

describe('Échanges in a real browser', () => {
  const folder = makeTempFolder('alliance-e2e-exchange-')
  afterAll(async () => {
    await closeBrowser()
    rmSync(folder, { recursive: true, force: true })
  })

  it('exports with a progress bar, imports into a second database, resolves a conflict and verifies a received document', async () => {
    const first = join(folder, 'premier.zip')
    const second = join(folder, 'second.zip')
    const source = await openTempDatabase()
    const target = await openTempDatabase()
    try {
      await seedDemoData(source.db, source.services, new Date('2026-11-28T10:00:00Z'))
      const exporter = await startE2eApp(source, { desktop: fixedDesktop(first, () => first) })
      try {
        const { page } = exporter
        await page
          .getByRole('navigation', { name: 'Navigation principale' })
          .getByRole('link', { name: 'Échanges' })
          .click()
        await shown(page.getByRole('heading', { name: 'Échanges', level: 1 }))
        await page
          .getByLabel('Anonymiser (sans les noms et coordonnées des contacts, ni les documents)')
          .check()
        await page.getByRole('button', { name: 'Exporter…' }).click()
        await shown(page.getByRole('status').getByText(/\d+ conventions et 0 document exportés dans/))
        expect(await page.getByLabel('Progression de l’export').getAttribute('value')).toBe('100')
        await shown(page.getByText('Terminé.'))
      } finally {
        await exporter.close()
      }
      expect(existsSync(first)).toBe(true)

      // The second coordinator imports it, then both edit the same draft; the first exports again.
      await target.services.exchange.importFile({ filePath: first })
      const draft = (await source.services.agreements.search({ status: 'draft', sort: 'reference' })).rows[0]
      const theirs = (await target.services.agreements.search({ search: draft?.reference ?? '' })).rows[0]
      if (!draft || !theirs) throw new Error('no draft')
      await source.services.agreements.saveDraft({
        id: draft.id,
        changes: { title: 'Version de la tête de réseau' }
      })
      await target.services.agreements.saveDraft({ id: theirs.id, changes: { title: 'Version locale' } })
      // Meanwhile the first coordinator has a convention signed: its files travel with the second bundle.
      const [newcomer] = (
        await source.services.agreements.search({ status: 'ready_for_signature', sort: 'reference' })
      ).rows
      if (!newcomer) throw new Error('no agreement ready for signature')
      const signed = await signBoth(
        source.services,
        (await source.services.documents.generate({ agreementId: newcomer.id })).id
      )
      const signedBytes = readFileSync(join(source.services.documents.folder, signed.fileName))
      await source.services.exchange.export({ selection: { kind: 'all' }, filePath: second })

      const importer = await startE2eApp(target, {
        desktop: fixedDesktop(join(folder, 'unused.zip'), () => second)
      })
      try {
        const { page } = importer
        await page.goto(`${importer.url}#/echanges`)
        await page.getByRole('button', { name: 'Choisir un fichier…' }).click()
        await shown(page.getByRole('table', { name: 'Aperçu de l’import' }))
        await shown(page.getByText(/1 conflit\./))
        const importButton = page.getByRole('button', { name: 'Importer', exact: true })
        expect(await importButton.isDisabled()).toBe(true)
        const conflict = page.getByRole('group', { name: `Conflit sur ${draft.reference}` })
        await conflict.getByLabel('Prendre la leur').check()
        await importButton.click()
        // The newcomer's two files, and the two of the demo's signed amendment (the first bundle, anonymised, had
        // none); the Relais' own signed files stay out: it is signed here, it only takes amendments.
        await shown(
          page
            .getByRole('status')
            .getByText(/Import terminé\s:\s0 créée\(s\), 2 mise\(s\) à jour.* 4 document\(s\) reçu\(s\)/)
        )

        // The received signed convention verifies on this installation.
        await page.getByRole('link', { name: 'Vérifier un document' }).click()
        await shown(page.getByRole('heading', { name: 'Vérifier un document' }))
        await page.locator('input[type=file]').setInputFiles({
          name: 'convention-recue.docx',
          mimeType: 'application/octet-stream',
          buffer: signedBytes
        })
        await shown(
          page.getByText(
            new RegExp(
              `Document reçu (?:de |d’).*, intact depuis sa réception\\s:\\s${newcomer.reference}, version 2 \\(signée\\)\\. Le fichier d’échange qui l’a apporté portait la signature vérifiée`
            )
          )
        )
      } finally {
        await importer.close()
      }
      expect((await target.services.agreements.get(theirs.id)).agreement.title).toBe(
        'Version de la tête de réseau'
      )
    } finally {
      await source.dispose()
      await target.dispose()
    }
  })
})

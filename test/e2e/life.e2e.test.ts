import { rmSync } from 'node:fs'
import { join } from 'node:path'
import type { Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { addMonths, localIsoDate } from '../../src-main/shared/agreements/agreement-dates'
import { seedNeedAndPartner } from '../support/agreement-fixtures'
import { amendRemuneration, readyAgreement } from '../support/document-fixtures'
import { closeBrowser, shown, startE2eApp, type E2eApp } from '../support/e2e-bridge'
import { signedAgreement } from '../support/life-fixtures'
import { makeTempFolder, openTempDatabase, type TempDatabase } from '../support/temp-database'

/** Draws a stroke across a signature pad with the mouse, as a person signing would. */
async function drawSignature(page: Page, pad: Locator) {
  const box = await pad.boundingBox()
  if (!box) throw new Error('signature pad not visible')
  await page.mouse.move(box.x + 20, box.y + box.height * 0.7)
  await page.mouse.down()
  for (let step = 1; step <= 12; step += 1)
    await page.mouse.move(box.x + 20 + step * 18, box.y + box.height * (0.7 - 0.4 * Math.sin(step / 2)), {
      steps: 2
    })
  await page.mouse.up()
}

const today = localIsoDate(new Date())

describe('after the signature, in a real browser', () => {
  let database: TempDatabase
  let app: E2eApp
  const refs: Record<string, string> = {}
  /** What the « open » dialog answers: the bundle a colleague sent. */
  let bundleToOpen: string | null = null
  beforeAll(async () => {
    database = await openTempDatabase()
    const services = database.services
    // Started 11 months ago for a year (one reporting period): ends within 90 days, a committee and results are due.
    const running = await signedAgreement(services, 'economic-cooperation', {
      startDate: addMonths(today, -11),
      title: 'Relais Poste du bourg'
    })
    const future = await signedAgreement(services, 'patronage', {
      startDate: addMonths(today, 2),
      title: 'Don pour la collecte'
    })
    const ready = await readyAgreement(services, 'social-innovation')
    const { need, partner } = await seedNeedAndPartner(services, {
      siret: '44012345300019',
      name: 'Épicerie du Val'
    })
    const draft = await services.agreements.create({
      needId: need.id,
      partnerId: partner.id,
      type: 'patronage'
    })
    const doomed = await services.agreements.create({
      needId: need.id,
      partnerId: partner.id,
      title: 'À effacer'
    })
    await services.lifecycle.applyDue()
    await amendRemuneration(services, running.id)
    Object.assign(refs, {
      running: running.reference,
      future: future.reference,
      ready: ready.reference,
      draft: draft.agreement.reference,
      doomed: doomed.agreement.reference
    })
    app = await startE2eApp(database, {
      desktop: {
        chooseOpenPath: async () => bundleToOpen,
        chooseSavePath: async () => null
      }
    })
  })
  afterAll(async () => {
    await app.close()
    await closeBrowser()
    await database.dispose()
  })

  const section = (page: Page, title: RegExp) => page.getByRole('region', { name: title })
  const row = (page: Page, title: RegExp, reference: string) =>
    section(page, title).getByRole('row').filter({ hasText: reference })
  /** Opens the home page afresh (already there, a reload fetches its lists again). */
  async function home(page: Page) {
    await page.goto(`${app.url}#/`)
    await page.reload()
    await shown(page.getByRole('heading', { level: 1, name: 'À traiter' }))
  }

  it('opens on the home page with every list and the count in the navigation', async () => {
    const { page } = app
    await home(page)
    const { total } = await database.services.portfolio.home()
    await shown(page.getByRole('link', { name: new RegExp(`^À traiter ${total} éléments?$`) }))
    for (const title of [
      /^Brouillons à terminer/,
      /^Prêtes, pas encore signées/,
      /^Signées, pas encore commencées/,
      /^Se terminent dans les 90 jours/,
      /^Comités de suivi à tenir/,
      /^Résultats et bilans attendus/,
      /^Avenants à faire signer/
    ])
      await shown(section(page, title))
  })

  it('resolves a draft: deleted after confirmation (kept in the log), or resumed at the step to fix', async () => {
    const { page } = app
    await home(page)
    await row(page, /^Brouillons/, refs['doomed'] ?? '')
      .getByRole('button', { name: /^Supprimer le brouillon/ })
      .click()
    await page.getByRole('button', { name: 'Oui, supprimer' }).click()
    await shown(page.getByText(`Le brouillon ${refs['doomed']} est supprimé`))
    await expect.poll(() => row(page, /^Brouillons/, refs['doomed'] ?? '').count()).toBe(0)
    await page.getByText(/^Brouillons supprimés/).click()
    await shown(page.getByText('Brouillon supprimé.'))

    await row(page, /^Brouillons/, refs['draft'] ?? '')
      .getByRole('link', { name: /^Reprendre/ })
      .click()
    await page.waitForURL(/#\/conventions\/\d+\/etape\/\d$/)
  })

  it('resolves a convention to sign on its documents page: generated, signed, gone from the list', async () => {
    const { page } = app
    await home(page)
    await row(page, /^Prêtes/, refs['ready'] ?? '')
      .getByRole('link', { name: /^Faire signer/ })
      .click()
    await page.getByRole('button', { name: 'Générer le document Word' }).click()
    await shown(page.getByText('Version 1 générée'))
    await page.getByRole('button', { name: 'Faire signer' }).click()
    const dialog = page.getByRole('dialog', { name: 'Signer la version 1' })
    await drawSignature(page, dialog.getByRole('img', { name: 'Signature de Claire Martin' }))
    await drawSignature(page, dialog.getByRole('img', { name: 'Signature de Bernard Lafitte' }))
    await dialog.getByRole('button', { name: 'Signer', exact: true }).click()
    await shown(page.getByText('Document signé : version 2 enregistrée.'))
    await home(page)
    await expect.poll(() => row(page, /^Prêtes/, refs['ready'] ?? '').count()).toBe(0)
    await shown(row(page, /^Signées, pas encore/, refs['ready'] ?? ''))
  })

  it('resolves a committee due, indicator results due and the final evaluation on the follow-up page', async () => {
    const { page } = app
    await home(page)
    await row(page, /^Comités/, refs['running'] ?? '')
      .getByRole('link', { name: /^Enregistrer le comité/ })
      .click()
    await page.waitForURL(/\/suivi#comites$/)
    const form = page.getByRole('form', { name: 'Nouveau comité de suivi' })
    await form.getByLabel('Participants (un par ligne)').fill('Claire Martin\nBernard Lafitte')
    await form.getByLabel('Décisions').fill('Élargir les horaires le samedi.')
    await form.getByRole('button', { name: 'Enregistrer le comité' }).click()
    await shown(page.getByRole('heading', { name: new RegExp(`^Comité du `) }))
    await page
      .locator('input[type=file]')
      .first()
      .setInputFiles({
        name: 'compte-rendu.pdf',
        mimeType: 'application/pdf',
        buffer: Buffer.from('%PDF-1.4\n%%EOF\n')
      })
    await shown(page.getByText('compte-rendu.pdf', { exact: true }))

    await home(page)
    await expect.poll(() => row(page, /^Comités/, refs['running'] ?? '').count()).toBe(0)
    await row(page, /^Résultats/, refs['running'] ?? '')
      .filter({ hasText: 'Résultats des indicateurs' })
      .getByRole('link', { name: /^Saisir les résultats/ })
      .click()
    await page.waitForURL(/\/suivi#resultats$/)
    await page
      .getByLabel(/^Résultat\s:\sPersonnes accompagnées/)
      .first()
      .fill('96')
    await shown(page.getByRole('cell', { name: '80 %' }))
    await page.getByRole('button', { name: /^Enregistrer les résultats — Période unique/ }).click()
    await shown(page.getByText('Résultats de la période « Période unique » enregistrés.'))

    await home(page)
    await expect
      .poll(() =>
        row(page, /^Résultats/, refs['running'] ?? '')
          .filter({ hasText: 'période unique' })
          .count()
      )
      .toBe(0)
    await row(page, /^Résultats/, refs['running'] ?? '')
      .getByRole('link', { name: /^Rédiger le bilan/ })
      .click()
    const evaluation = page.getByRole('form', { name: 'Bilan final' })
    await evaluation.getByLabel('Objectifs atteints').check()
    await evaluation.getByLabel('Renouveler le partenariat').check()
    await evaluation.getByRole('textbox', { name: /^Bilan/ }).fill('Le relais a trouvé son public.')
    await evaluation.getByRole('button', { name: 'Enregistrer le bilan final' }).click()
    await shown(page.getByText('Bilan final enregistré.'))
    await home(page)
    await expect
      .poll(() =>
        row(page, /^Résultats/, refs['running'] ?? '')
          .filter({ hasText: 'Bilan final' })
          .count()
      )
      .toBe(0)
  })

  it('resolves a convention ending soon by renewing it, and an amendment on the documents page', async () => {
    const { page } = app
    await home(page)
    await row(page, /^Avenants/, `${refs['running']}-A1`)
      .getByRole('link', { name: /^Faire signer l’avenant/ })
      .click()
    await shown(page.getByRole('radio', { name: /Avenant n° 1/ }))

    await home(page)
    await row(page, /^Se terminent/, refs['running'] ?? '')
      .getByRole('link', { name: /^Renouveler ou clore/ })
      .click()
    await page.getByRole('button', { name: 'Renouveler (nouveau brouillon pré-rempli)' }).click()
    await page.waitForURL(/#\/conventions\/\d+\/etape\/6$/)
    await home(page)
    await expect.poll(() => row(page, /^Se terminent/, refs['running'] ?? '').count()).toBe(0)
  })

  it('terminates a convention with its reason, then issues the termination letter', async () => {
    const { page } = app
    await home(page)
    await row(page, /^Signées, pas encore/, refs['future'] ?? '')
      .getByRole('link', { name: /^Voir le suivi/ })
      .click()
    await page.getByRole('button', { name: 'Résilier…' }).click()
    const form = page.getByRole('form', { name: 'Résiliation' })
    await form.getByRole('button', { name: 'Résilier la convention' }).click()
    await shown(form.getByText('Indiquez le motif de la résiliation.'))
    await form.getByLabel('Motif').fill('Le projet de collecte est abandonné.')
    await form.getByLabel('Le partenaire').check()
    await form.getByRole('button', { name: 'Résilier la convention' }).click()
    await shown(page.getByText('Résiliée', { exact: true }))
    await page.getByRole('button', { name: 'Générer la lettre de résiliation (Word)' }).click()
    await shown(page.getByText(/^Lettre n°\s1 du /))
    await home(page)
    await expect.poll(() => row(page, /^Signées, pas encore/, refs['future'] ?? '').count()).toBe(0)
  })

  it('resolves a received bundle in conflict by reopening it in Échanges and choosing a version', async () => {
    const { page } = app
    const mine = database.services
    const folder = makeTempFolder('alliance-e2e-conflict-')
    const theirs = await openTempDatabase()
    try {
      const { agreement } = await mine.agreements.create({
        needId: (await mine.needs.list())[0]?.id ?? 0,
        partnerId: (await mine.partners.list())[0]?.id ?? 0,
        title: 'Brouillon partagé'
      })
      const first = join(folder, 'premier.zip')
      await mine.exchange.export({ selection: { kind: 'ids', ids: [agreement.id] }, filePath: first })
      await theirs.services.exchange.importFile({ filePath: first })
      const copy = (await theirs.services.agreements.search({ search: agreement.reference })).rows[0]
      await theirs.services.agreements.saveDraft({ id: copy?.id ?? 0, changes: { title: 'Leur titre' } })
      await mine.agreements.saveDraft({ id: agreement.id, changes: { title: 'Mon titre' } })
      bundleToOpen = join(folder, 'lot-reseau.zip')
      await theirs.services.exchange.export({ selection: { kind: 'all' }, filePath: bundleToOpen })
      // Previewed earlier in this session, then left without choosing.
      await mine.exchange.previewStaged(await mine.exchange.stageFile(bundleToOpen), 'lot-reseau.zip')

      await home(page)
      await row(page, /^Fichiers reçus en conflit/, 'lot-reseau.zip')
        .getByRole('link', { name: /^Choisir les versions/ })
        .click()
      await page.getByRole('button', { name: 'Choisir un fichier…' }).click()
      await page
        .getByRole('group', { name: `Conflit sur ${agreement.reference}` })
        .getByLabel('Garder ma version')
        .check()
      await page.getByRole('button', { name: 'Importer', exact: true }).click()
      await shown(
        page
          .getByRole('status')
          .filter({ hasText: /gardée|conservée|Import/ })
          .first()
      )
      await home(page)
      await expect.poll(() => section(page, /^Fichiers reçus en conflit/).count()).toBe(0)
      expect((await mine.agreements.get(agreement.id)).agreement.title).toBe('Mon titre')
    } finally {
      await theirs.dispose()
      rmSync(folder, { recursive: true, force: true })
    }
  })

  it('draws every portfolio chart with its table of figures', async () => {
    const { page } = app
    await page.getByRole('link', { name: 'Portefeuille' }).click()
    for (const title of [
      'Conventions par statut',
      'Conventions par type de partenariat',
      'Conventions par engagement de La Poste',
      'Conventions par domaine d’actions',
      'Montants par type de partenariat et par année',
      'Atteinte des indicateurs'
    ]) {
      const figure = page.getByRole('figure', { name: title })
      await shown(figure)
      expect(await figure.locator('.recharts-wrapper').count()).toBe(1)
      // Recharts draws its bars once it has laid the axes out, a frame after the figure shows.
      await expect.poll(() => figure.locator('.recharts-bar-rectangle').count()).toBeGreaterThan(0)
      expect(await figure.getByRole('table', { name: title }).getByRole('row').count()).toBeGreaterThan(1)
    }
    const status = page.getByRole('table', { name: 'Conventions par statut' })
    await shown(status.getByRole('row', { name: /Résiliée 1/ }))
  })

  it('finds a partner with Ctrl+K and lists its conventions on its page', async () => {
    const { page } = app
    await home(page)
    await page.keyboard.press('Control+k')
    const search = page.getByRole('combobox', { name: /^Rechercher une convention/ })
    await shown(search)
    await search.fill('épicerie du val')
    const partnerOption = page.getByRole('option').filter({ hasText: /^Partenaire/ })
    await shown(partnerOption)
    const options = await page.getByRole('option').allTextContents()
    for (let index = 0; index < options.findIndex((text) => text.startsWith('Partenaire')); index += 1)
      await page.keyboard.press('ArrowDown')
    expect(await partnerOption.getAttribute('aria-selected')).toBe('true')
    await page.keyboard.press('Enter')
    await page.waitForURL(/#\/partenaires\/\d+$/)
    await shown(
      page
        .getByRole('region', { name: 'Conventions' })
        .getByRole('row', { name: new RegExp(refs['draft'] ?? '') })
    )
  })
})

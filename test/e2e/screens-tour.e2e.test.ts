import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seedBulkAgreements } from '../../src-main/services/demo/demo-bulk-agreements'
import { seedDemoData } from '../../src-main/services/demo/demo.service'
import type { AgreementStatus } from '../../src-main/shared/domain/agreement'
import { closeBrowser, shown, startE2eApp, type E2eApp } from '../support/e2e-bridge'
import { openTempDatabase, type TempDatabase } from '../support/temp-database'
import { checkScreen, LAPTOP, watchConsole } from './screen-check'

/** The demo, plus a thousand conventions: every screen a coordinator meets, at 1366×768. */
describe('every screen, as a coordinator meets it', () => {
  let database: TempDatabase
  let app: E2eApp
  let console: { problems: string[] }
  beforeAll(async () => {
    database = await openTempDatabase()
    await seedDemoData(database.db, database.services)
    await seedBulkAgreements(database.db, 1_000, new Date())
    app = await startE2eApp(database)
    console = watchConsole(app.page)
    await app.page.setViewportSize(LAPTOP)
  })
  afterAll(async () => {
    await app.close()
    await closeBrowser()
    await database.dispose()
  })

  const firstOf = async (status: AgreementStatus) =>
    (await database.services.agreements.search({ status, limit: 1 })).rows[0]?.id ?? 0
  async function visit(page: Page, hash: string) {
    await page.goto(`${app.url}${hash}`)
    await shown(page.locator('main h1'))
    await page.waitForLoadState('networkidle')
    // Calls to the services are not network requests: a page is photographed once it has its data.
    await expect
      .poll(() => page.locator('main .loading').count(), {
        message: `${hash}: still loading`,
        timeout: 20_000
      })
      .toBe(0)
  }

  it('passes axe-core with no violation and no console error on every screen, each photographed', async () => {
    const { page } = app
    const draft = await firstOf('draft')
    const partner = (await database.services.partners.list())[0]?.id ?? 0
    const need = (await database.services.needs.list({}))[0]?.id ?? 0
    const screens: Array<[string, string]> = [
      ['a-traiter', '#/'],
      ['portefeuille', '#/portefeuille'],
      ['suivi', `#/conventions/${await firstOf('active')}/suivi`],
      ['registre', '#/conventions'],
      ['nouvelle-convention', '#/conventions/nouvelle'],
      ...[1, 2, 3, 4, 5, 6, 7, 8].map((step): [string, string] => [
        `assistant-etape-${step}`,
        `#/conventions/${draft}/etape/${step}`
      ]),
      ['convention-prete', `#/conventions/${await firstOf('ready_for_signature')}`],
      ['convention-signee', `#/conventions/${await firstOf('signed')}`],
      ['convention-en-cours', `#/conventions/${await firstOf('active')}`],
      ['convention-resiliee', `#/conventions/${await firstOf('terminated')}`],
      ['documents', `#/conventions/${await firstOf('signed')}/documents`],
      ['partenaires', '#/partenaires'],
      ['partenaire', `#/partenaires/${partner}`],
      ['nouveau-partenaire', '#/partenaires/nouveau'],
      ['besoins', '#/besoins'],
      ['besoin', `#/besoins/${need}`],
      ['echanges', '#/echanges'],
      ['verifier', '#/verifier'],
      ['reglages', '#/reglages']
    ]
    // A large portfolio opens on the count of what started or ended on its own, each reference behind « Détails ».
    await visit(page, '#/')
    const notice = page.getByRole('status').filter({ hasText: /^Mis à jour à la date du jour/ })
    await shown(notice)
    expect(await notice.innerText()).toMatch(
      /^Mis à jour à la date du jour\s:\s[\d\s]+conventions? (ont|a) commencé/
    )
    expect((await notice.innerText()).length).toBeLessThan(200)
    for (const [name, hash] of screens) {
      await visit(page, hash)
      // Focus lands on the new page's heading (a wizard step's own title), never on the body.
      await expect
        .poll(
          () =>
            page.evaluate(
              () => document.activeElement?.matches('main h1, main [data-arrival-focus]') ?? false
            ),
          { message: `${name}: focus on the heading` }
        )
        .toBe(true)
      await checkScreen(page, name, console)
    }
    await page.keyboard.press('Control+k')
    await page.getByRole('combobox', { name: /^Rechercher une convention/ }).fill('Emma')
    await shown(page.getByRole('option').first())
    await checkScreen(page, 'recherche', console)
    await page.keyboard.press('Escape')
  })

  it('shows the preview styled like the printed page, with no CSP error', async () => {
    const { page } = app
    await visit(page, `#/conventions/${await firstOf('signed')}/documents`)
    await page.getByRole('button', { name: 'Aperçu' }).click()
    const frame = page.frameLocator('iframe[title="Aperçu du document"]')
    const body = frame.locator('body')
    await expect
      .poll(() => body.evaluate((element) => getComputedStyle(element).backgroundColor))
      .toBe('rgb(243, 243, 243)')
    expect(await body.evaluate((element) => getComputedStyle(element).fontFamily)).toMatch(/Liberation Serif/)
    expect(await frame.locator('h1').evaluate((element) => getComputedStyle(element).textAlign)).toBe(
      'center'
    )
    await checkScreen(page, 'documents-apercu', console)
  })

  it('uses the width of the window: no date or status cut, ending soon visible, full text of the rest', async () => {
    const { page } = app
    await visit(page, '#/conventions')
    const cutCells = () =>
      page.evaluate(() => {
        const cells = document.querySelectorAll<HTMLElement>(
          '.register-body .register-cell--startDate, .register-body .register-cell--endDate, .register-body .status, .register-body .ending-soon'
        )
        return [...cells]
          .filter(
            (cell) =>
              cell.scrollWidth > cell.clientWidth + 1 ||
              cell.getBoundingClientRect().right >
                (cell.closest('[role=row]')?.getBoundingClientRect().right ?? 0)
          )
          .map((cell) => cell.textContent)
      })
    await page.getByLabel('Se terminent dans 60 jours').check()
    await shown(page.locator('.register-body .ending-soon').first())
    expect(await cutCells()).toEqual([])
    await page.setViewportSize({ width: 1920, height: 1080 })
    expect(await cutCells()).toEqual([])
    expect((await page.locator('.register').boundingBox())?.width).toBeGreaterThan(1920 - 300)
    await page.setViewportSize(LAPTOP)
    await page.getByLabel('Se terminent dans 60 jours').uncheck()
    await shown(page.locator('.register-body [role=row]').nth(10))
    expect(await cutCells()).toEqual([])
    const register = await page.locator('.register').boundingBox()
    expect(register?.width).toBeGreaterThan(1366 - 260)
    const shortened = await page.evaluate(() =>
      [
        ...document.querySelectorAll<HTMLElement>(
          '.register-body .register-cell--title, .register-body .register-cell--partnerName'
        )
      ]
        .filter((cell) => cell.scrollWidth > cell.clientWidth)
        .map((cell) => ({ full: cell.title, text: cell.textContent }))
    )
    expect(shortened.length).toBeGreaterThan(0)
    for (const cell of shortened) expect(cell.full).toBe(cell.text)
  })

  it('keeps its search and filters when the coordinator comes back to it', async () => {
    const { page } = app
    await visit(page, '#/conventions')
    await page.getByRole('searchbox', { name: 'Rechercher' }).fill('recyclerie')
    await page.getByLabel('Statut').selectOption({ label: 'Signée' })
    await page.locator('.register-body a').first().click()
    await shown(page.locator('main h1'))
    await page
      .getByRole('navigation', { name: 'Navigation principale' })
      .getByRole('link', { name: 'Conventions' })
      .click()
    await expect
      .poll(() => page.getByRole('searchbox', { name: 'Rechercher' }).inputValue())
      .toBe('recyclerie')
    expect(await page.getByLabel('Statut').inputValue()).toBe('signed')
  })
})

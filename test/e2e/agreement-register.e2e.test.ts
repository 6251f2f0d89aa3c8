import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { seedBulkAgreements } from '../../src-main/services/demo/demo-bulk-agreements'
import { seedDemoData } from '../../src-main/services/demo/demo.service'
import { closeBrowser, shown, startE2eApp, type E2eApp } from '../support/e2e-bridge'
import { openTempDatabase, type TempDatabase } from '../support/temp-database'

const BULK = 2_000

describe('agreement register in a real browser', () => {
  let database: TempDatabase
  let app: E2eApp
  beforeAll(async () => {
    database = await openTempDatabase()
    await seedDemoData(database.db, database.services)
    await seedBulkAgreements(database.db, BULK, new Date())
  })
  afterEach(async () => {
    await app.close()
  })
  afterAll(async () => {
    await closeBrowser()
    await database.dispose()
  })

  it('counts every agreement, keeps only visible rows in the page, and loads later rows while scrolling', async () => {
    app = await startE2eApp(database)
    const { page } = app
    await page.goto(`${app.url}#/conventions`)
    const { total } = await database.services.agreements.search({ limit: 1 })
    await shown(page.getByText(`${total.toLocaleString('fr-FR')} conventions`))
    const rendered = await page.getByRole('row').count()
    expect(rendered).toBeLessThan(80)

    await page.locator('.register-body').evaluate((element) => element.scrollTo(0, element.scrollHeight))
    const lastRow = page.locator(`[aria-rowindex="${total + 1}"]`)
    await shown(lastRow)
    await expect.poll(() => lastRow.textContent()).toMatch(/AD-\d{4}-\d{2,3}-\d{4}/)
  })

  it('finds agreements by full-text search and narrows them by filters', async () => {
    app = await startE2eApp(database)
    const { page } = app
    await page.goto(`${app.url}#/conventions`)
    await page.getByRole('searchbox', { name: 'Rechercher' }).fill('recyclerie')
    const expected = await database.services.agreements.search({ search: 'recyclerie', limit: 1 })
    expect(expected.total).toBeGreaterThan(0)
    await shown(
      page.getByText(`${expected.total.toLocaleString('fr-FR')} convention${expected.total > 1 ? 's' : ''}`, {
        exact: true
      })
    )

    await page.getByRole('searchbox', { name: 'Rechercher' }).fill('')
    await page.getByLabel('Type').selectOption({ label: 'Mécénat' })
    await page.getByLabel('Statut').selectOption({ label: 'Signée' })
    const filtered = await database.services.agreements.search({
      type: 'patronage',
      status: 'signed',
      limit: 1
    })
    await shown(
      page.getByText(`${filtered.total.toLocaleString('fr-FR')} convention${filtered.total > 1 ? 's' : ''}`, {
        exact: true
      })
    )
    const statuses = await page.locator('.register-body .status').allTextContents()
    expect(new Set(statuses)).toEqual(new Set(['Signée']))
  })
})

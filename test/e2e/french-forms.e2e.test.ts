import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest'
import { readyAgreement } from '../support/document-fixtures'
import { closeBrowser, shown, startE2eApp, type E2eApp } from '../support/e2e-bridge'
import { checkScreen, focusIsLost, tabTo, watchConsole } from './screen-check'

describe('forms that speak French, next to the field, as the user types', () => {
  let app: E2eApp
  let console: { problems: string[] }
  beforeEach(async () => {
    app = await startE2eApp()
    console = watchConsole(app.page)
  })
  afterEach(async () => {
    expect(console.problems).toEqual([])
    await app.close()
  })
  afterAll(closeBrowser)

  it('reads amounts the French way and never shows a stale message', async () => {
    const { page, url } = app
    await page.goto(`${url}#/partenaires/nouveau`)
    await page.getByLabel('Forme juridique').selectOption({ label: 'Société par actions simplifiée (SAS)' })
    const capital = page.getByLabel('Capital social')
    await capital.fill('2000000000000')
    await capital.blur()
    await shown(page.getByText('Capital trop élevé.'))
    await capital.fill('-100')
    await shown(page.getByText('Le capital ne peut pas être négatif.'))
    expect(await page.getByText('Capital trop élevé.').count()).toBe(0)
    await capital.fill('1.500,50')
    await capital.blur()
    await expect.poll(async () => (await capital.inputValue()).replace(/\s/g, ' ')).toBe('1 500,50')
    expect(await page.locator('.field-error').count()).toBe(0)
  })

  it('refuses an unknown postal code at once, and lets the message go as a valid one is typed', async () => {
    const { page, url } = app
    await page.goto(`${url}#/partenaires/nouveau`)
    const postalCode = page.getByLabel('Code postal')
    await postalCode.fill('99999')
    await shown(page.getByText('Aucune commune n’a le code postal 99999.'))
    expect(await postalCode.getAttribute('aria-invalid')).toBe('true')
    await postalCode.fill('3352')
    await expect.poll(() => page.getByText('Aucune commune n’a le code postal 99999.').count()).toBe(0)
    await postalCode.fill('33520')
    await expect.poll(() => page.getByLabel('Commune').inputValue()).toBe('Bruges')
    await checkScreen(page, 'partenaire-code-postal', console)
  })

  it('shows no message on a commune row just added, before anything is typed', async () => {
    const { page, url } = app
    await page.goto(`${url}#/besoins/nouveau`)
    await page.getByRole('button', { name: 'Enregistrer le besoin' }).click()
    await shown(page.getByText(/3 caractères au moins|Donnez un titre/))
    await page.getByRole('button', { name: 'Ajouter une commune' }).click()
    const row = page.getByRole('group', { name: 'Commune 1' })
    await shown(row)
    expect(await focusIsLost(page)).toBe(false)
    expect(await row.locator('.field-error').count()).toBe(0)
  })

  it('says an inverted export period next to its field, with no browser tooltip', async () => {
    const { page, url } = app
    await page.goto(`${url}#/echanges`)
    const form = page.getByRole('form', { name: 'Exporter' })
    expect(await form.evaluate((element) => (element as HTMLFormElement).noValidate)).toBe(true)
    await page.getByLabel('D’une tête de réseau').check()
    await page.getByRole('button', { name: 'Exporter…' }).click()
    await shown(page.getByText('Choisissez la tête de réseau.'))
    expect(
      await page
        .getByLabel('Tête de réseau', { exact: true })
        .evaluate((element) => (element as HTMLSelectElement).validationMessage)
    ).toBe('')
    await page.getByLabel('Par période (date de début)').check()
    await page.getByLabel('Début à partir du').fill('2027-06-01')
    await page.getByLabel('Jusqu’au').fill('2027-01-01')
    const message = page.getByText('La fin de la période précède son début.')
    await shown(message)
    expect(await page.getByLabel('Jusqu’au').getAttribute('aria-describedby')).toBe(
      await message.getAttribute('id')
    )
    await checkScreen(page, 'echanges-periode-inversee', console)
  })

  it('makes one version of a double click on « Générer le document Word », the button busy meanwhile', async () => {
    const { page, url, database } = app
    const agreement = await readyAgreement(database.services, 'economic-cooperation')
    await page.goto(`${url}#/conventions/${agreement.id}/documents`)
    const generate = page.getByRole('button', { name: 'Générer le document Word' })
    await generate.dblclick()
    await shown(page.getByText(/Version 1 générée/))
    expect((await database.services.documents.list(agreement.id)).versions).toHaveLength(1)
    expect(await page.getByRole('alert').count()).toBe(0)
    await tabTo(page, page.getByRole('button', { name: 'Faire signer' }), 30)
  })
})

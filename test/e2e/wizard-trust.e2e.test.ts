import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest'
import { completeTerms, seedNeedAndPartner } from '../support/agreement-fixtures'
import { DEFAULT_SETTINGS } from '../../src-main/shared/schemas/settings.schema'
import { closeBrowser, isFocused, shown, startE2eApp, type E2eApp } from '../support/e2e-bridge'
import { checkScreen, focusIsLost, watchConsole } from './screen-check'

describe('a wizard that never loses what was typed', () => {
  let app: E2eApp
  let console: { problems: string[] }
  beforeEach(async () => {
    app = await startE2eApp()
    console = watchConsole(app.page)
    await app.database.services.settings.update({
      laPosteParty: {
        ...DEFAULT_SETTINGS.laPosteParty,
        defaultSignatoryName: 'Paul Durand',
        defaultSignatoryTitle: 'Directeur régional'
      }
    })
  })
  afterEach(async () => {
    expect(console.problems).toEqual([])
    await app.close()
  })
  afterAll(closeBrowser)

  async function economicDraft() {
    const { services } = app.database
    const { need, partner } = await seedNeedAndPartner(services)
    const { agreement } = await services.agreements.create({
      needId: need.id,
      partnerId: partner.id,
      type: 'economic-cooperation'
    })
    await services.agreements.saveDraft({
      id: agreement.id,
      changes: { terms: completeTerms('economic-cooperation') }
    })
    return { agreement, need, partner }
  }
  const stored = async (id: number) => (await app.database.services.agreements.get(id)).agreement

  it('changes type only on Space, Enter or a click, asks before setting typed terms aside, and gives them back', async () => {
    const { page, url } = app
    const { agreement } = await economicDraft()
    await page.goto(`${url}#/conventions/${agreement.id}/etape/3`)
    const card = (name: string) => page.getByRole('radio', { name: new RegExp(`^${name}`) })
    await shown(card('Coopération économique'))
    expect(await card('Coopération économique').getAttribute('aria-checked')).toBe('true')

    // Reading the cards with the arrow keys moves focus only.
    await card('Coopération économique').focus()
    await page.keyboard.press('ArrowRight')
    await page.keyboard.press('ArrowRight')
    await page.keyboard.press('ArrowRight')
    await expect.poll(isFocused(card('Mécénat'))).toBe(true)
    await page.waitForTimeout(700)
    expect((await stored(agreement.id)).type).toBe('economic-cooperation')
    expect(await card('Coopération économique').getAttribute('aria-checked')).toBe('true')

    // Choosing another type with typed terms asks first; « Garder » changes nothing.
    await page.keyboard.press('Space')
    const question = page.getByRole('alertdialog')
    await shown(question)
    await expect.poll(isFocused(question.getByRole('button', { name: /^Passer à/ }))).toBe(true)
    await checkScreen(page, 'assistant-etape-3-changement-de-type', console)
    await question.getByRole('button', { name: /^Garder/ }).click()
    await expect.poll(isFocused(card('Coopération économique'))).toBe(true)
    expect((await stored(agreement.id)).terms).toEqual(completeTerms('economic-cooperation'))

    await card('Mécénat').click()
    await page.getByRole('button', { name: 'Passer à « Mécénat »' }).click()
    await expect.poll(async () => (await stored(agreement.id)).type).toBe('patronage')

    // Coming back finds the terms as they were typed, in the form and in the database.
    await card('Coopération économique').click()
    await expect
      .poll(async () => (await stored(agreement.id)).terms)
      .toEqual(completeTerms('economic-cooperation'))
    await page.getByRole('link', { name: /Modalités/ }).click()
    await shown(page.getByRole('heading', { name: 'Étape 4 sur 8 · Modalités' }))
    expect(await page.getByLabel('Offre commune').inputValue()).toBe(
      completeTerms('economic-cooperation').jointOffer
    )
  })

  it('shows the saved need and partner when a draft is reopened', async () => {
    const { page, url } = app
    const { agreement, need, partner } = await economicDraft()
    await page.goto(`${url}#/conventions/${agreement.id}/etape/1`)
    const needSelect = page.getByRole('combobox', { name: 'Besoin local' })
    await expect.poll(() => needSelect.inputValue()).toBe(String(need.id))
    await expect.poll(() => needSelect.locator('option:checked').textContent()).toBe(need.title)
    await page.getByRole('button', { name: 'Étape suivante' }).click()
    const partnerSelect = page.getByRole('combobox', { name: 'Structure partenaire' })
    await expect.poll(() => partnerSelect.inputValue()).toBe(String(partner.id))
    await expect.poll(() => partnerSelect.locator('option:checked').textContent()).toContain(partner.name)
  })

  it('shows each rule next to its field as it is typed, and saves a past start date only once confirmed', async () => {
    const { page, url } = app
    const { agreement } = await economicDraft()
    await page.goto(`${url}#/conventions/${agreement.id}/etape/4`)
    const amount = page.getByLabel('Montant de la rémunération')
    await amount.fill('-100')
    await shown(page.getByText('Le montant ne peut pas être négatif.'))
    await amount.fill('1.500,50')
    await expect.poll(() => page.getByText('Le montant ne peut pas être négatif.').count()).toBe(0)
    await amount.blur()
    await expect.poll(async () => (await amount.inputValue()).replace(/\s/g, ' ')).toBe('1 500,50')
    await expect
      .poll(async () => (await stored(agreement.id)).terms)
      .toMatchObject({
        remunerationAmountCents: 150_050
      })
    // A value left missing is said next to its field once its step has been left, before the review step.
    await page.getByLabel('Offre commune').fill('')
    await page.getByRole('button', { name: 'Étape suivante' }).click()
    await shown(page.getByRole('heading', { name: 'Étape 5 sur 8 · Engagements et indicateurs' }))
    await page.getByRole('button', { name: 'Étape précédente' }).click()
    await shown(page.getByText('Décrivez l’offre commune', { exact: false }))

    await page.getByRole('link', { name: /Durée et clauses/ }).click()
    const start = page.getByLabel('Date de début')
    await start.fill('2020-03-12')
    const question = page.getByRole('group', { name: /La date de début \(12\/03\/2020\) est déjà passée/ })
    await shown(question)
    await shown(page.getByText('Enregistré, sauf la date de début à confirmer'))
    expect((await stored(agreement.id)).startDate).toBeNull()
    await checkScreen(page, 'assistant-etape-6-date-passee', console)
    await question.getByRole('button', { name: 'Oui, garder le 12/03/2020' }).click()
    await expect.poll(async () => (await stored(agreement.id)).startDate).toBe('2020-03-12')
    expect(await focusIsLost(page)).toBe(false)
  })

  it('says next to its date that an instalment falls outside the term, as it is typed', async () => {
    const { services } = app.database
    const { need, partner } = await seedNeedAndPartner(services)
    const { agreement } = await services.agreements.create({
      needId: need.id,
      partnerId: partner.id,
      type: 'patronage'
    })
    await services.agreements.saveDraft({
      id: agreement.id,
      changes: { terms: completeTerms('patronage'), startDate: '2030-01-01', durationMonths: 12 }
    })
    const { page, url } = app
    await page.goto(`${url}#/conventions/${agreement.id}/etape/4`)
    const date = page.getByRole('group', { name: 'Échéancier des versements' }).getByLabel('Date').first()
    await date.fill('2029-06-01')
    const outside = page.getByText(/^Versement 1\s:\ssa date doit être comprise entre le 1er\sjanvier\s2030/)
    await shown(outside)
    expect(await date.getAttribute('aria-invalid')).toBe('true')
    await date.fill('2030-02-01')
    await expect.poll(() => outside.count()).toBe(0)
  })
})

import { emptyPartnerInput } from '../../src-main/shared/schemas/partner.schema'
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest'
import { closeBrowser, isFocused, shown, startE2eApp, type E2eApp } from '../support/e2e-bridge'

describe('partner register in a real browser', () => {
  let app: E2eApp
  beforeEach(async () => {
    app = await startE2eApp()
  })
  afterEach(async () => {
    await app.close()
  })
  afterAll(async () => {
    await closeBrowser()
  })

  it('shows the French navigation and an empty state that says what to do', async () => {
    const { page } = app
    const navigation = page.getByRole('navigation', { name: 'Navigation principale' })
    for (const label of ['Conventions', 'Partenaires', 'Besoins locaux', 'Réglages']) {
      await shown(navigation.getByRole('link', { name: label }))
    }
    await navigation.getByRole('link', { name: 'Partenaires' }).click()
    await shown(page.getByRole('heading', { name: 'Aucun partenaire enregistré' }))
  })

  it('creates a partner after fixing a bad SIRET, finds it, edits it, and keeps it after a reload', async () => {
    const { page } = app
    await page.goto(`${app.url}#/partenaires`)
    await page.getByRole('link', { name: 'Enregistrer un premier partenaire' }).click()

    await page.getByLabel('Nom de la structure').fill('Banque alimentaire de la Gironde')
    await page.getByLabel('SIRET').fill('334 567 898 00014')
    await page.getByLabel('Code postal').fill('33520')
    await expect.poll(() => page.getByLabel('Commune').inputValue()).toBe('Bruges')
    await page.getByRole('button', { name: 'Ajouter un contact' }).click()
    await page.getByLabel('Nom et prénom').fill('Bernard Lafitte')
    await page.getByLabel('E-mail').fill('b.lafitte@ba33.example.org')
    await page.getByRole('button', { name: 'Enregistrer le partenaire' }).click()

    const siret = page.getByLabel('SIRET')
    await expect.poll(() => siret.getAttribute('aria-invalid')).toBe('true')
    await shown(page.getByText('Ce SIRET est invalide (clé de contrôle incorrecte).'))
    await expect.poll(isFocused(siret)).toBe(true)
    expect(await app.database.services.partners.list()).toEqual([])

    await siret.fill('334 567 898 00013')
    await page.getByRole('button', { name: 'Enregistrer le partenaire' }).click()
    await shown(page.getByRole('status').getByText('« Banque alimentaire de la Gironde » est enregistré.'))
    await shown(page.getByRole('link', { name: 'Banque alimentaire de la Gironde' }))

    await page.getByRole('searchbox', { name: 'Rechercher' }).fill('bruges')
    await shown(page.getByText('1 partenaire', { exact: true }))
    await page.getByRole('searchbox', { name: 'Rechercher' }).fill('pessac')
    await shown(page.getByText('Aucun partenaire ne correspond à cette recherche.'))
    await page.getByRole('searchbox', { name: 'Rechercher' }).fill('banque')
    await page.getByRole('link', { name: 'Banque alimentaire de la Gironde' }).click()

    await page.getByLabel('Nom de la structure').fill('Banque alimentaire de Gironde (BA33)')
    await page.getByRole('button', { name: 'Enregistrer les modifications' }).click()
    await shown(page.getByRole('link', { name: 'Banque alimentaire de Gironde (BA33)' }))

    await page.reload()
    await shown(page.getByRole('link', { name: 'Banque alimentaire de Gironde (BA33)' }))
    const [stored] = await app.database.services.partners.list()
    expect(stored).toMatchObject({
      name: 'Banque alimentaire de Gironde (BA33)',
      siret: '33456789800013',
      commune: 'Bruges'
    })
  })

  it('names the existing structure when a SIRET is already registered', async () => {
    await app.database.services.partners.create({
      ...emptyPartnerInput(),
      name: 'ESAT Les Ateliers du Médoc',
      statuses: ['esat'],
      managingBodyName: 'Association Les Papillons blancs du Médoc',
      siret: '33210987500010'
    })
    const { page } = app
    await page.goto(`${app.url}#/partenaires/nouveau`)
    await page.getByLabel('Nom de la structure').fill('Doublon')
    await page.getByLabel('SIRET').fill('33210987500010')
    await page.getByRole('button', { name: 'Enregistrer le partenaire' }).click()
    await shown(page.getByText('Déjà utilisé par « ESAT Les Ateliers du Médoc ».'))
  })

  it('asks before leaving a form with unsaved changes', async () => {
    const { page } = app
    await page.goto(`${app.url}#/partenaires/nouveau`)
    await page.getByLabel('Nom de la structure').fill('Brouillon')
    await page.getByRole('navigation').getByRole('link', { name: 'Conventions' }).click()
    await shown(page.getByRole('alertdialog', { name: 'Modifications non enregistrées' }))
    await page.getByRole('button', { name: 'Rester sur la fiche' }).click()
    await expect.poll(() => page.getByLabel('Nom de la structure').inputValue()).toBe('Brouillon')
  })

  it('erases a contact’s personal data on request, keeping the partner', async () => {
    const created = await app.database.services.partners.create({
      ...emptyPartnerInput(),
      name: 'Familles rurales de Sauveterre',
      generalInterest: true,
      contacts: [
        {
          name: 'Jeanne Arrieta',
          role: 'Trésorière',
          email: 'jeanne.arrieta@exemple.fr',
          phone: '0559385000',
          maySign: true
        }
      ]
    })
    const { page } = app
    await page.goto(`${app.url}#/partenaires/${created.id}`)
    await page.getByRole('button', { name: 'Effacer ses données' }).click()
    await page.getByRole('button', { name: 'Oui, effacer' }).click()
    await shown(page.getByText('Les coordonnées de Jeanne Arrieta sont effacées.'))
    await expect.poll(() => page.getByLabel('Nom et prénom').inputValue()).toBe('Contact effacé')
    expect(await page.getByLabel('E-mail').inputValue()).toBe('')
    const [contact] = (await app.database.services.partners.get(created.id)).contacts
    expect(contact).toMatchObject({ name: 'Contact effacé', email: null, phone: null })
  })
})

import type { Page } from 'playwright-core'
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest'
import { emptyNeedInput } from '../../src-main/shared/schemas/need.schema'
import { emptyPartnerInput } from '../../src-main/shared/schemas/partner.schema'
import { DEFAULT_SETTINGS } from '../../src-main/shared/schemas/settings.schema'
import { closeBrowser, isFocused, shown, startE2eApp, type E2eApp } from '../support/e2e-bridge'

async function seed(app: E2eApp) {
  const { services } = app.database
  await services.settings.update({
    coordinator: {
      name: 'Claire Martin',
      email: 'claire.martin@laposte.example',
      region: 'Nouvelle-Aquitaine',
      department: '33'
    },
    laPosteParty: {
      ...DEFAULT_SETTINGS.laPosteParty,
      defaultSignatoryName: 'Paul Durand',
      defaultSignatoryTitle: 'Directeur régional'
    }
  })
  const reference = await services.reference.get()
  const partner = await services.partners.create({
    ...emptyPartnerInput(),
    name: 'Association L’Épicerie du Bourg',
    siret: '64901234100016',
    postalCode: '64390',
    commune: 'Sauveterre-de-Béarn',
    generalInterest: true,
    headNetworkId: reference.headNetworks[0]?.id ?? null,
    contacts: [{ name: 'Anne Etcheverry', role: 'Présidente', email: '', phone: '', maySign: true }]
  })
  const need = await services.needs.create({
    ...emptyNeedInput(),
    title: 'Plus de point poste à Sauveterre',
    description: 'Le bureau de poste a fermé ; l’épicerie associative peut reprendre les services postaux.',
    identifiedBy: 'Maire de la commune',
    communes: [{ postalCode: '64390', name: 'Sauveterre-de-Béarn' }],
    targetPublic: 'Habitants du bourg et des hameaux',
    peopleReached: 1400,
    domainId: reference.actionDomains[0]?.id ?? null
  })
  return { partner, need }
}

/** Steps 1 and 2 through the UI: need, partner, route. Lands on step 3. */
async function startAgreement(page: Page, url: string, needTitle: string, partnerName: string) {
  await page.goto(`${url}#/conventions/nouvelle`)
  await page.getByLabel('1. Besoin local').selectOption({ label: needTitle })
  await page
    .getByLabel('2. Structure partenaire')
    .selectOption({ label: `${partnerName} (Sauveterre-de-Béarn)` })
  await page.getByRole('button', { name: 'Commencer la convention' }).click()
  await shown(page.getByRole('heading', { name: 'Étape 2 sur 8 · Partenaire' }))
  await page.getByLabel('Directement avec la structure locale').check()
  await page.getByRole('button', { name: 'Étape suivante' }).click()
  await shown(page.getByRole('heading', { name: 'Étape 3 sur 8 · Type de partenariat' }))
}

async function next(page: Page, stepTitle: string) {
  await page.getByRole('button', { name: 'Étape suivante' }).click()
  await shown(page.getByRole('heading', { name: stepTitle }))
}

const TERMS: Record<string, { card: string; fill: (page: Page) => Promise<void> }> = {
  'economic-cooperation': {
    card: 'Coopération économique',
    fill: async (page) => {
      await page.getByLabel('Offre commune').fill('Services postaux de base dans l’épicerie du bourg.')
      await page.getByLabel('Apport de La Poste').fill('Formation et matériel d’affranchissement.')
      await page.getByLabel('Apport du partenaire').fill('Accueil du public six jours sur sept.')
      await page.getByLabel('Territoire desservi').fill('Sauveterre-de-Béarn et ses hameaux')
      await page.getByLabel('Horaires d’ouverture au public').fill('Du mardi au samedi, de 9 h à 12 h')
      await page.getByLabel('Modèle de rémunération').selectOption({ label: 'Forfait mensuel' })
      await page.getByLabel('Montant de la rémunération').fill('1 500,00')
      await page.getByLabel('Facturation').selectOption({ label: 'Mensuelle' })
    }
  },
  'social-innovation': {
    card: 'Innovation sociale',
    fill: async (page) => {
      await page
        .getByLabel('Service manquant')
        .fill('Ateliers d’usage du site de la banque pour les personnes éloignées du numérique.')
      await page.getByLabel('Public visé').fill('Personnes éloignées du numérique')
      await page.getByLabel('Durée de l’expérimentation').fill('6')
      await page.getByRole('button', { name: 'Ajouter un site' }).click()
      await page.getByRole('textbox', { name: 'Site 1', exact: true }).fill('Bureau de poste de Sauveterre')
      await page
        .getByLabel('Plan d’évaluation')
        .fill('Nombre de personnes formées et autonomie mesurée à trois mois.')
      await page.getByLabel('Collecte des données de l’évaluation').selectOption({ label: 'Le partenaire' })
      await page
        .getByLabel('Rôle des parties (RGPD)')
        .selectOption({ label: 'Responsables de traitement distincts' })
      await page.getByLabel('Propriété de ce qui est produit').selectOption({ label: 'Le partenaire' })
      await page.getByLabel('Conditions d’essaimage').fill('Cent personnes formées la première année.')
    }
  },
  'responsible-practices': {
    card: 'Pratiques responsables',
    fill: async (page) => {
      await page.getByLabel('Catégorie d’achat').fill('Entretien des espaces verts')
      await page.getByLabel('Statut du fournisseur').selectOption({ label: 'Autre structure de l’ESS' })
      await page.getByRole('textbox', { name: 'Montant annuel HT', exact: true }).fill('30 000')
    }
  },
  patronage: {
    card: 'Mécénat',
    fill: async (page) => {
      await page.getByLabel('Nature du mécénat').selectOption({ label: 'Mécénat financier' })
      await page.getByLabel('Montant du don').fill('5 000')
      await page.getByRole('button', { name: 'Ajouter un versement' }).click()
      await page.getByLabel('Date', { exact: true }).fill('2027-02-01')
      await page.getByRole('textbox', { name: 'Montant', exact: true }).fill('5 000')
      await page.getByLabel('La Poste demande un reçu').check()
    }
  }
}

describe('drafting an agreement in a real browser', () => {
  let app: E2eApp
  let seeded: Awaited<ReturnType<typeof seed>>
  beforeEach(async () => {
    app = await startE2eApp()
    seeded = await seed(app)
  })
  afterEach(async () => {
    await app.close()
  })
  afterAll(async () => {
    await closeBrowser()
  })

  it.each(Object.keys(TERMS))('drafts a %s agreement end to end, up to ready for signature', async (type) => {
    const { page } = app
    const terms = TERMS[type]!
    await startAgreement(page, app.url, seeded.need.title, seeded.partner.name)

    await page.locator('.type-card', { hasText: terms.card }).first().click()
    await next(page, 'Étape 4 sur 8 · Modalités')
    await terms.fill(page)

    await next(page, 'Étape 5 sur 8 · Engagements et indicateurs')
    await page
      .getByRole('button', { name: /Partir des \d suggestions/ })
      .first()
      .click()
    await page
      .getByRole('button', { name: /Partir des \d suggestions/ })
      .first()
      .click()
    await page.getByRole('button', { name: 'Ajouter un indicateur' }).click()
    await page.getByRole('textbox', { name: 'Indicateur', exact: true }).fill('Personnes accompagnées')
    await page.getByLabel('Cible').fill('120')
    await page.getByLabel('Unité').fill('personnes/an')

    await next(page, 'Étape 6 sur 8 · Durée et clauses')
    await page.getByLabel('Date de début').fill('2027-01-15')
    // A term of 12 months from 15 January 2027 ends on 14 January 2028, inclusive.
    await shown(page.getByText('14/01/2028'))

    await next(page, 'Étape 7 sur 8 · Signataires')
    await expect
      .poll(() => page.getByRole('textbox', { name: 'Signataire', exact: true }).inputValue())
      .toBe('Paul Durand')

    await next(page, 'Étape 8 sur 8 · Relecture')
    await shown(page.getByRole('heading', { name: 'Aucun problème bloquant' }))
    await page.getByRole('button', { name: 'Marquer « prête pour signature »' }).click()
    await shown(page.locator('.status', { hasText: 'Prête pour signature' }))

    const { rows } = await app.database.services.agreements.search({})
    expect(rows).toHaveLength(1)
    expect(rows[0]).toMatchObject({
      type,
      status: 'ready_for_signature',
      startDate: '2027-01-15',
      endDate: '2028-01-14'
    })
  })

  it('finds every typed value again after a reload in the middle of step 4', async () => {
    const { page } = app
    await startAgreement(page, app.url, seeded.need.title, seeded.partner.name)
    await page.locator('.type-card', { hasText: 'Coopération économique' }).click()
    await next(page, 'Étape 4 sur 8 · Modalités')
    await page.getByLabel('Offre commune').fill('Relais Poste dans l’épicerie')
    await page.getByLabel('Apport de La Poste').fill('Formation et matériel')
    await page.getByLabel('Montant de la rémunération').fill('1 234,56')
    await page.getByLabel('Modèle de rémunération').selectOption({ label: 'Commission' })
    await page.getByLabel('Exclusivité sur ce territoire').check()
    await shown(page.getByRole('status').getByText(/^Enregistré à/))

    await page.reload()
    await shown(page.getByRole('heading', { name: 'Étape 4 sur 8 · Modalités' }))
    expect(await page.getByLabel('Offre commune').inputValue()).toBe('Relais Poste dans l’épicerie')
    expect(await page.getByLabel('Apport de La Poste').inputValue()).toBe('Formation et matériel')
    expect((await page.getByLabel('Montant de la rémunération').inputValue()).replace(/\s/g, ' ')).toBe(
      '1 234,56'
    )
    expect(await page.getByLabel('Modèle de rémunération').inputValue()).toBe('commission')
    expect(await page.getByLabel('Exclusivité sur ce territoire').isChecked()).toBe(true)

    await page.goto(`${app.url}#/conventions`)
    await page.getByRole('link', { name: /Plus de point poste/ }).click()
    await shown(page.getByRole('heading', { name: 'Étape 4 sur 8 · Modalités' }))
  })

  it('lists a missing field on the review step, and its link leads to the field', async () => {
    const { page } = app
    await startAgreement(page, app.url, seeded.need.title, seeded.partner.name)
    await page.locator('.type-card', { hasText: 'Innovation sociale' }).click()
    await page.getByRole('link', { name: /Relecture/ }).click()
    await shown(page.getByRole('heading', { name: 'Étape 8 sur 8 · Relecture' }))
    const problem = page.getByRole('listitem').filter({ hasText: 'évaluation' }).first()
    await shown(problem)
    expect(await page.getByRole('button', { name: 'Marquer « prête pour signature »' }).isDisabled()).toBe(
      true
    )

    await problem.getByRole('link', { name: /Corriger/ }).click()
    await shown(page.getByRole('heading', { name: 'Étape 4 sur 8 · Modalités' }))
    await expect.poll(isFocused(page.getByLabel('Plan d’évaluation'))).toBe(true)
  })
})

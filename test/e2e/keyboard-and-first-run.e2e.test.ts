import type { Page } from 'playwright-core'
import { afterAll, afterEach, describe, expect, it } from 'vitest'
import { emptyNeedInput } from '../../src-main/shared/schemas/need.schema'
import { emptyPartnerInput } from '../../src-main/shared/schemas/partner.schema'
import { DEFAULT_SETTINGS } from '../../src-main/shared/schemas/settings.schema'
import { closeBrowser, isFocused, shown, startE2eApp, type E2eApp } from '../support/e2e-bridge'
import { checkScreen, focusIsLost, tabTo, watchConsole } from './screen-check'

async function seed(app: E2eApp) {
  const { services } = app.database
  const reference = await services.reference.get()
  await services.partners.create({
    ...emptyPartnerInput(),
    name: 'Association L’Épicerie du Bourg',
    rna: 'W641000123',
    postalCode: '64390',
    commune: 'Sauveterre-de-Béarn',
    contacts: [{ name: 'Anne Etcheverry', role: 'Présidente', email: '', phone: '', maySign: true }]
  })
  await services.needs.create({
    ...emptyNeedInput(),
    title: 'Plus de point poste à Sauveterre',
    description: 'Le bureau de poste a fermé ; l’épicerie associative peut reprendre les services postaux.',
    identifiedBy: 'Maire de la commune',
    communes: [{ postalCode: '64390', name: 'Sauveterre-de-Béarn' }],
    targetPublic: 'Habitants du bourg et des hameaux',
    peopleReached: 1400,
    domainId: reference.actionDomains[0]?.id ?? null
  })
}

/** The step's heading has focus (never the body), and the next Tabs reach its first field. */
async function arrivedOn(page: Page, title: string | RegExp) {
  const heading = page.getByRole('heading', { name: title })
  await shown(heading)
  await expect.poll(isFocused(heading)).toBe(true)
}

describe('keyboard and first run', () => {
  let app: E2eApp
  afterEach(async () => {
    await app.close()
  })
  afterAll(closeBrowser)

  it('drafts a whole convention with the keyboard alone, focus on each new heading, a few Tabs to each field', async () => {
    app = await startE2eApp()
    const console = watchConsole(app.page)
    await seed(app)
    await app.database.services.settings.update({
      laPosteParty: {
        ...DEFAULT_SETTINGS.laPosteParty,
        defaultSignatoryName: 'Paul Durand',
        defaultSignatoryTitle: 'Directeur régional'
      }
    })
    const { page, url } = app
    await page.goto(`${url}#/conventions/nouvelle`)
    await arrivedOn(page, 'Nouvelle convention')
    expect(await tabTo(page, page.getByLabel('1. Besoin local'), 3)).toBeLessThanOrEqual(3)
    await page.keyboard.press('ArrowDown')
    await tabTo(page, page.getByLabel('2. Structure partenaire'), 3)
    await page.keyboard.press('ArrowDown')
    await tabTo(page, page.getByRole('button', { name: 'Commencer la convention' }), 3)
    await page.keyboard.press('Enter')

    await arrivedOn(page, 'Étape 2 sur 8 · Partenaire')
    await tabTo(page, page.getByRole('button', { name: 'Étape suivante' }), 8)
    await page.keyboard.press('Enter')

    await arrivedOn(page, 'Étape 3 sur 8 · Type de partenariat')
    expect(await tabTo(page, page.getByRole('radio', { name: /^Coopération économique/ }), 2)).toBe(1)
    await page.keyboard.press('Space')
    await expect
      .poll(() => page.getByRole('radio', { name: /^Coopération économique/ }).getAttribute('aria-checked'))
      .toBe('true')
    await tabTo(page, page.getByRole('button', { name: 'Étape suivante' }), 30)
    await page.keyboard.press('Enter')

    await arrivedOn(page, 'Étape 4 sur 8 · Modalités')
    expect(await tabTo(page, page.getByLabel('Offre commune'), 2)).toBe(1)
    await page.keyboard.type('Services postaux dans l’épicerie du bourg.')
    const typed: Array<[string, string]> = [
      ['Apport de La Poste', 'Formation et matériel d’affranchissement.'],
      ['Apport du partenaire', 'Accueil du public six jours sur sept.'],
      ['Territoire desservi', 'Sauveterre-de-Béarn et ses hameaux'],
      ['Horaires d’ouverture au public', 'Du mardi au samedi, de 9 h à 12 h']
    ]
    for (const [label, text] of typed) {
      expect(await tabTo(page, page.getByLabel(label), 2)).toBe(1)
      await page.keyboard.type(text)
    }
    await tabTo(page, page.getByLabel('Modèle de rémunération'), 2)
    await page.keyboard.press('ArrowDown')
    await tabTo(page, page.getByLabel('Montant de la rémunération'), 2)
    await page.keyboard.type('1 500,50')
    await tabTo(page, page.getByLabel('Facturation'), 2)
    await page.keyboard.press('ArrowDown')
    await tabTo(page, page.getByRole('button', { name: 'Étape suivante' }), 12)
    await page.keyboard.press('Enter')

    await arrivedOn(page, 'Étape 5 sur 8 · Engagements et indicateurs')
    for (const list of ['Engagement de La Poste', 'Engagement du partenaire']) {
      await tabTo(page, page.getByRole('button', { name: /^Partir des \d suggestions/ }).first(), 12)
      await page.keyboard.press('Enter')
      await expect.poll(isFocused(page.getByRole('textbox', { name: `${list} 1` }))).toBe(true)
    }
    await tabTo(page, page.getByRole('button', { name: 'Partir des indicateurs suggérés pour ce type' }), 12)
    await page.keyboard.press('Enter')
    await expect.poll(isFocused(page.getByRole('textbox', { name: 'Indicateur' }).first())).toBe(true)
    for (const [index, target] of ['300', '2'].entries()) {
      expect(
        await tabTo(page, page.getByRole('spinbutton', { name: 'Cible' }).nth(index), 6)
      ).toBeLessThanOrEqual(4)
      await page.keyboard.type(target)
    }
    await tabTo(page, page.getByRole('button', { name: 'Étape suivante' }), 60)
    await page.keyboard.press('Enter')

    await arrivedOn(page, 'Étape 6 sur 8 · Durée et clauses')
    expect(await tabTo(page, page.getByLabel('Date de début'), 2)).toBe(1)
    // The date's own field order follows the system's locale: the value is set, the field reached by keyboard.
    await page.getByLabel('Date de début').fill('2030-01-15')
    await tabTo(page, page.getByRole('button', { name: 'Étape suivante' }), 30)
    await page.keyboard.press('Enter')

    await arrivedOn(page, 'Étape 7 sur 8 · Signataires')
    await tabTo(page, page.getByRole('button', { name: 'Étape suivante' }), 12)
    await page.keyboard.press('Enter')

    await arrivedOn(page, 'Étape 8 sur 8 · Relecture')
    await shown(page.getByRole('heading', { name: 'Aucun problème bloquant' }))
    await tabTo(page, page.getByRole('button', { name: 'Marquer « prête pour signature »' }), 30)
    await page.keyboard.press('Enter')

    // The next step, said and offered: generate and have it signed.
    const next = page.getByRole('link', { name: 'Générer et faire signer' })
    await shown(next)
    expect(await focusIsLost(page)).toBe(false)
    await checkScreen(page, 'convention-prete-etape-suivante', console)
    await tabTo(page, next, 8)
    await page.keyboard.press('Enter')
    await arrivedOn(page, /^Documents · /)
    const generate = page.getByRole('button', { name: 'Générer le document Word' })
    await shown(generate)
    await tabTo(page, generate, 8)
    await page.keyboard.press('Enter')
    await shown(page.getByText(/Version 1 générée/))
    const [row] = (await app.database.services.agreements.search({})).rows
    expect(row).toMatchObject({
      status: 'ready_for_signature',
      type: 'economic-cooperation',
      startDate: '2030-01-15'
    })

    // Signed without a pointer: each signatory types their own name, and the record says so.
    await tabTo(page, page.getByRole('button', { name: 'Faire signer' }), 12)
    await page.keyboard.press('Enter')
    const dialog = page.getByRole('dialog', { name: 'Signer la version 1' })
    await shown(dialog)
    for (const [index, name] of ['Paul Durand', 'Anne Etcheverry'].entries()) {
      await tabTo(page, dialog.getByRole('radio', { name: 'Tracer la signature' }).nth(index), 12)
      await page.keyboard.press('ArrowDown')
      const typed = dialog.getByLabel('Tapez votre nom pour signer').nth(index)
      expect(await tabTo(page, typed, 3)).toBe(1)
      await page.keyboard.type(name.slice(0, 4))
      await shown(dialog.getByText('Le nom tapé ne correspond pas au nom du signataire.'))
      await page.keyboard.type(name.slice(4))
    }
    await checkScreen(page, 'signature-au-clavier', console)
    await tabTo(page, dialog.getByRole('button', { name: 'Signer' }), 6)
    await page.keyboard.press('Enter')
    await shown(page.getByText(/^Document signé\s:\sversion 2 enregistrée/))
    const { signatures } = await app.database.services.documents.list(row?.id ?? 0)
    expect(signatures.map((signature) => signature.method)).toEqual(['typed', 'typed'])
    await shown(page.getByText(/signature saisie au clavier/).first())
    expect(console.problems).toEqual([])
  })

  it('asks for the profile and the La Poste signatory on a new installation; drafts made before pick them up', async () => {
    app = await startE2eApp(undefined, { firstRun: true })
    const console = watchConsole(app.page)
    await seed(app)
    const { services } = app.database
    const [partner] = await services.partners.list()
    const [need] = await services.needs.list({})
    const draft = (await services.agreements.create({ needId: need?.id ?? 0, partnerId: partner?.id ?? 0 }))
      .agreement
    const { page } = app
    const title = page.getByRole('heading', { name: 'Bienvenue dans Alliance Conventions' })
    await shown(title)
    await expect.poll(isFocused(title)).toBe(true)
    await page.getByRole('button', { name: 'Enregistrer et commencer' }).click()
    await shown(page.getByText('Indiquez qui signe pour La Poste.'))
    await checkScreen(page, 'premier-lancement', console)
    await page.getByLabel('Nom et prénom').fill('Claire Martin')
    await page.getByLabel('Signataire par défaut').fill('Paul Durand')
    await page.getByLabel('Qualité du signataire').fill('Directeur régional')
    await page.getByRole('button', { name: 'Enregistrer et commencer' }).click()
    await shown(page.getByRole('navigation', { name: 'Navigation principale' }))
    expect((await services.settings.get()).laPosteParty.defaultSignatoryName).toBe('Paul Durand')
    expect((await services.agreements.get(draft.id)).agreement.laPosteSignatory).toEqual({
      name: 'Paul Durand',
      title: 'Directeur régional'
    })
    await page.reload()
    await shown(page.getByRole('navigation', { name: 'Navigation principale' }))
    expect(await page.getByRole('heading', { name: 'Bienvenue dans Alliance Conventions' }).count()).toBe(0)
  })
})

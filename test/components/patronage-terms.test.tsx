import { render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { createMemoryRouter, RouterProvider } from 'react-router'
import { beforeEach, describe, expect, it } from 'vitest'
import { emptyNeedInput } from '../../src-main/shared/schemas/need.schema'
import { emptyPartnerInput } from '../../src-main/shared/schemas/partner.schema'
import { ReferenceProvider } from '../../src-renderer/src/app/reference-context'
import { AgreementWizardPage } from '../../src-renderer/src/pages/agreements/wizard/AgreementWizardPage'
import { useComponentDatabase } from '../support/component-database'

describe('patronage terms in the wizard', () => {
  const component = useComponentDatabase()
  let agreementId: number
  beforeEach(async () => {
    await component.database.services.settings.update({
      coordinator: { name: 'Claire Martin', email: '', region: 'Nouvelle-Aquitaine', department: '33' }
    })
    const partner = await component.database.services.partners.create({
      ...emptyPartnerInput(),
      name: 'Club sportif de Pessac',
      generalInterest: false,
      contacts: [{ name: 'Léa Roux', role: 'Présidente', email: '', phone: '', maySign: true }]
    })
    const need = await component.database.services.needs.create({
      ...emptyNeedInput(),
      title: 'Matériel pour l’école de rugby'
    })
    const view = await component.database.services.agreements.create({
      needId: need.id,
      partnerId: partner.id,
      type: 'patronage'
    })
    agreementId = view.agreement.id
  })
  function renderStep(step: number) {
    const router = createMemoryRouter(
      [{ path: '/conventions/:agreementId/etape/:step', element: <AgreementWizardPage /> }],
      {
        initialEntries: [`/conventions/${agreementId}/etape/${step}`]
      }
    )
    render(
      <ReferenceProvider>
        <RouterProvider router={router} />
      </ReferenceProvider>
    )
  }

  it('warns when counterparts exceed 25 % of the gift, and refuses a tax receipt for a partner not of general interest', async () => {
    renderStep(4)
    const user = userEvent.setup()
    await user.selectOptions(
      await screen.findByRole('combobox', { name: 'Nature du mécénat' }),
      'Mécénat financier'
    )
    await user.type(await screen.findByRole('textbox', { name: 'Montant du don' }), '1 000')
    await user.click(screen.getByRole('button', { name: 'Ajouter une contrepartie' }))
    await user.type(screen.getByRole('textbox', { name: 'Description' }), 'Logo sur les maillots')
    await user.type(screen.getByRole('textbox', { name: 'Valeur' }), '250')
    expect(screen.queryByText(/dépassent 25 %/)).not.toBeInTheDocument()

    await user.clear(screen.getByRole('textbox', { name: 'Valeur' }))
    await user.type(screen.getByRole('textbox', { name: 'Valeur' }), '250,01')
    expect(await screen.findByText(/dépassent 25 % de la valeur du don/)).toBeInTheDocument()

    await user.click(screen.getByRole('checkbox', { name: 'Un reçu fiscal sera demandé' }))
    expect(
      await screen.findByText(/reçu fiscal ne peut être prévu que pour une structure d'intérêt général/)
    ).toBeInTheDocument()

    await waitFor(async () => {
      const { agreement, check } = await component.database.services.agreements.get(agreementId)
      expect(agreement.terms).toMatchObject({
        type: 'patronage',
        nature: 'financial',
        amountCents: 100000,
        taxReceiptRequested: true
      })
      expect(check.problems.map((problem) => problem.code)).toContain('tax-receipt-not-eligible')
    })
  })

  it('values skills patronage as employees × days × daily cost', async () => {
    renderStep(4)
    const user = userEvent.setup()
    await user.selectOptions(
      await screen.findByRole('combobox', { name: 'Nature du mécénat' }),
      'Mécénat de compétences'
    )
    await user.type(screen.getByRole('spinbutton', { name: 'Salariés mobilisés' }), '4')
    await user.type(screen.getByRole('spinbutton', { name: 'Jours par salarié' }), '3')
    await user.type(screen.getByRole('textbox', { name: 'Coût journalier' }), '250')
    expect((await screen.findByText(/Valorisation/)).textContent?.replace(/\s/g, ' ')).toContain('3 000,00 €')
  })
})
